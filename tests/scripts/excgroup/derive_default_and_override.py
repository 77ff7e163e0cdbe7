# derive() is what split() and subgroup() use to build new groups; a
# subclass that does not override it gets plain (Base)ExceptionGroups back.


class Plain(ExceptionGroup):
    pass


class Keeps(ExceptionGroup):
    def derive(self, excs):
        print("  derive called with", [repr(e) for e in excs])
        return Keeps(self.message + "+", excs)


for cls in (Plain, Keeps):
    eg = cls("msg", [ValueError(1), TypeError(2)])
    print(cls.__name__)
    m, r = eg.split(ValueError)
    print("  match:", type(m).__name__, repr(m))
    print("  rest:", type(r).__name__, repr(r))
    s = eg.subgroup(TypeError)
    print("  subgroup:", type(s).__name__, repr(s))

eg = ExceptionGroup("base", [ValueError(1)])
d = eg.derive([KeyError(2)])
print("derive on ExceptionGroup:", type(d).__name__, repr(d))
d = BaseExceptionGroup("b", [KeyboardInterrupt()]).derive([ValueError(1)])
print("derive on BaseExceptionGroup with Exceptions:", type(d).__name__, repr(d))
d = eg.derive([KeyboardInterrupt()])
print("derive on ExceptionGroup with a BaseException:", type(d).__name__, repr(d))
print("derive keeps no notes:", hasattr(d, "__notes__"))
