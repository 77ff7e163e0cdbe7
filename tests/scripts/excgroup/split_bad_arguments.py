# The condition of split()/subgroup() must be a type, a tuple of types or a
# callable that is not a class.
eg = ExceptionGroup("g", [ValueError(1)])


class NotAnException:
    pass


for cond in (1, "ValueError", None, [ValueError], NotAnException, (ValueError, 1), int):
    for meth in ("split", "subgroup"):
        try:
            r = getattr(eg, meth)(cond)
        except TypeError as e:
            print(f"{meth}({cond!r}): TypeError: {e}")
        else:
            print(f"{meth}({cond!r}): {r!r}")

try:
    eg.split()
except TypeError as e:
    print("split(): TypeError:", e)


def raising(e):
    raise RuntimeError("predicate failed")


try:
    eg.split(raising)
except RuntimeError as e:
    print("predicate exception propagates:", e)
