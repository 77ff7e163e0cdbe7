# Groups are ordinary exception objects: truthy, equal only to themselves,
# hashable, usable as dict keys.
a = ExceptionGroup("x", [ValueError(1)])
b = ExceptionGroup("x", [ValueError(1)])
print(bool(a), a == a, a == b, a != b)
d = {a: "a", b: "b"}
print(len(d), d[a], d[b])
print(isinstance(a.__hash__(), int))
print(a.__class__.__name__, a.__class__.__module__)
print(ExceptionGroup.__name__, BaseExceptionGroup.__qualname__, ExceptionGroup.__module__)
print(type(a.exceptions[0]) is ValueError)
print(a.__reduce__()[0] is ExceptionGroup, a.__reduce__()[1][0])
