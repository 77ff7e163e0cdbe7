# ExceptionGroup API: split/subgroup/derive with types and predicates, notes,
# constructor errors, BaseExceptionGroup choosing its class, a derive override.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg))
print(eg.split(ValueError))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
m, r = eg.split((TypeError, KeyError))
print(m, "|", r)
print(eg.derive([ValueError(9)]))
eg.add_note("a note")
print(eg.__notes__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup("x", ValueError())
except TypeError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(e)
print(str(eg), eg.message, len(eg.exceptions))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
e = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(e.split(ValueError)))
print(eg.split(lambda e: False))
