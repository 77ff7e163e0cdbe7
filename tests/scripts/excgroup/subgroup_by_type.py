# subgroup() with an exception type keeps the nesting structure and drops
# empty branches; it returns None when nothing matches and self when all do.


def leaves(eg):
    if eg is None:
        return None
    out = []
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            out.append(leaves(e))
        else:
            out.append(repr(e))
    return out


eg = ExceptionGroup("top", [
    ValueError(1),
    ExceptionGroup("mid", [TypeError(2), ValueError(3)]),
    ExceptionGroup("only types", [TypeError(4)]),
    KeyError(5),
])

for t in (ValueError, TypeError, KeyError, LookupError, OSError, Exception, ExceptionGroup):
    sg = eg.subgroup(t)
    print(t.__name__, "->", repr(sg))
    print("   leaves:", leaves(sg), "same object:", sg is eg)

mid = eg.exceptions[1]
sg = eg.subgroup(ValueError)
print("subgroup is a new object:", sg is not eg)
print("leaf identity kept:", sg.exceptions[0] is eg.exceptions[0])
print("inner group is new:", sg.exceptions[1] is not mid)
print("inner message kept:", sg.exceptions[1].message)
