# "not callable", "not iterable", "not subscriptable", "not reversible" and friends.
class Plain:
    pass
objs = [1, 1.5, "s", None, [1], (1,), {1: 2}, {1}, Plain(), Plain, len, range(2), b"b", True, 1j, ...]
for o in objs:
    out = [type(o).__name__]
    for label, fn in [("call", lambda: o()), ("iter", lambda: iter(o)), ("sub", lambda: o[0]), ("len", lambda: len(o)),
                      ("rev", lambda: reversed(o)), ("setitem", lambda: o.__class__.__setitem__(o, 0, 0) if False else exec("o[0] = 0", {"o": o}))]:
        try:
            fn()
            out.append(f"{label}:ok")
        except Exception as e:
            out.append(f"{label}:{type(e).__name__}({e})")
    print(" | ".join(out))
