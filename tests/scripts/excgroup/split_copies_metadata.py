# Groups built by split()/subgroup() copy __traceback__, __cause__,
# __context__ and __notes__ from the group they were derived from.
import traceback


def make():
    try:
        try:
            raise KeyError("ctx")
        except KeyError:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from OSError("cause")
    except ExceptionGroup as e:
        return e


eg = make()
eg.add_note("note one")
eg.add_note("note two")
match, rest = eg.split(ValueError)
for label, part in (("match", match), ("rest", rest), ("subgroup", eg.subgroup(TypeError))):
    print(label, repr(part))
    print("  traceback same:", part.__traceback__ is eg.__traceback__)
    print("  cause:", repr(part.__cause__), part.__cause__ is eg.__cause__)
    print("  context:", repr(part.__context__), part.__context__ is eg.__context__)
    print("  suppress_context:", part.__suppress_context__)
    print("  notes:", part.__notes__, "same list:", part.__notes__ is eg.__notes__)

line = traceback.extract_tb(match.__traceback__)[-1]
print("traceback line:", line.lineno, line.name)

plain = ExceptionGroup("p", [ValueError(), KeyError()])
m, r = plain.split(ValueError)
print("no metadata:", m.__traceback__, m.__cause__, m.__context__, hasattr(m, "__notes__"))
