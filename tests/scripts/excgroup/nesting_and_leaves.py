# Deeply nested groups: walking the tree, subgroup through the levels,
# and groups containing the same exception object twice.


def walk(eg, depth=0):
    print("  " * depth + f"{type(eg).__name__}({eg.message!r})")
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            walk(e, depth + 1)
        else:
            print("  " * (depth + 1) + repr(e))


inner = ExceptionGroup("level3", [ValueError("deep"), OSError("deep os")])
mid = ExceptionGroup("level2", [inner, KeyError("k")])
top = BaseExceptionGroup("level1", [mid, KeyboardInterrupt(), ExceptionGroup("side", [ValueError("side")])])
walk(top)

print("--- subgroup(ValueError)")
walk(top.subgroup(ValueError))
print("--- subgroup(OSError)")
walk(top.subgroup(OSError))
print("--- split(Exception)")
m, r = top.split(Exception)
walk(m)
walk(r)

same = ValueError("shared")
eg = ExceptionGroup("dups", [same, same])
print(repr(eg.subgroup(ValueError)), eg.subgroup(ValueError) is eg)
eg2 = ExceptionGroup("self-ref", [eg, eg])
m, r = eg2.split(ValueError)
print(repr(m), r)
