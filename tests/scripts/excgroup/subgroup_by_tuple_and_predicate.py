# subgroup() with a tuple of types and with a predicate.
eg = ExceptionGroup("top", [
    ValueError("v"),
    OSError("o"),
    ExceptionGroup("inner", [KeyError("k"), ValueError("v2")]),
    ZeroDivisionError("z"),
])

print(repr(eg.subgroup((ValueError, KeyError))))
print(repr(eg.subgroup((ArithmeticError,))))
print(repr(eg.subgroup(())))

calls = []


def pred(e):
    calls.append(repr(e) if not isinstance(e, BaseExceptionGroup) else "group " + e.message)
    return isinstance(e, ValueError)


print(repr(eg.subgroup(pred)))
print("predicate called on:", calls)

calls.clear()


def by_message(e):
    calls.append(type(e).__name__)
    return isinstance(e, BaseExceptionGroup) and e.message == "inner"


print(repr(eg.subgroup(by_message)))
print("predicate called on:", calls)

print(repr(eg.subgroup(lambda e: True)) , eg.subgroup(lambda e: True) is eg)
print(repr(eg.subgroup(lambda e: False)))
print(repr(eg.subgroup(lambda e: "truthy string")))
