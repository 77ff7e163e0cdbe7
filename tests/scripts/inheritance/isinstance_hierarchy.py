# isinstance/issubclass with tuples, nested tuples, abstract bases from collections.abc.
import collections.abc as cabc
vals = [1, 1.0, True, "s", b"b", [1], (1,), {1: 2}, {1}, None, range(1), len, iter([])]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (int, float)),
          isinstance(v, cabc.Iterable), isinstance(v, cabc.Sequence), isinstance(v, cabc.Hashable),
          isinstance(v, cabc.Mapping), isinstance(v, cabc.Sized), isinstance(v, cabc.Callable))
print(isinstance(1, (str, (bytes, (int,)))), issubclass(bool, (str, int)))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError", e)
print(issubclass(int, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
print(isinstance(int | str, type), isinstance(3, int | str), issubclass(bool, int | None))
class Gen:
    def __iter__(self):
        yield 1
print(isinstance(Gen(), cabc.Iterable), isinstance(Gen(), cabc.Iterator), isinstance(iter(Gen()), cabc.Generator))
class FakeMeta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Fake(metaclass=FakeMeta):
    pass
print(isinstance("magic", Fake), isinstance("other", Fake), issubclass(int, Fake), issubclass(str, Fake))
