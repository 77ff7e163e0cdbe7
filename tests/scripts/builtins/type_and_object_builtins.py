# type() with one and three arguments, object(), and the builtin type objects themselves.
print(type(5), type("s"), type([]), type({}), type(()), type(set()), type(None), type(type))
print(int, str, list, dict, float, bool, object, type, range, slice, complex, bytes, bytearray, frozenset, memoryview)
print(int.__name__, str.__qualname__, list.__module__, type.__base__, object.__base__)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError", e)
print(type(o).__name__, isinstance(o, object), isinstance(5, object), isinstance(int, object))
T = type("T", (object,), {"x": 1, "__repr__": lambda self: "T()"})
print(T, T(), T.x, type(T), T.__name__, T.__module__)
print(type.__call__(int, "5"), int.__new__(int, 7), str.__new__(str, "x"))
print(sorted(cls.__name__ for cls in [bool, int, object] if issubclass(bool, cls)))
print(repr(type), repr(object), repr(len), repr(print).startswith("<built-in function print"))
