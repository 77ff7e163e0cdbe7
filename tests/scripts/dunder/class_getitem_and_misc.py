# __class_getitem__, __length_hint__, __bytes__, __copy__-free misc dunders.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int] == list[int], list[int].__origin__ is list, list[int].__args__, dict[str, int].__args__)
print(type(list[int]).__name__)
class B:
    def __bytes__(self):
        return b"custom bytes"
print(bytes(B()))
class BadBytes:
    def __bytes__(self):
        return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print("TypeError", e)
import operator
class Hint:
    def __length_hint__(self):
        return 7
print(operator.length_hint(Hint()), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 3))
class Sized:
    def __len__(self):
        return 4
print(operator.length_hint(Sized()))
class Dir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Dir()))
class Sizeof:
    pass
class Reduce:
    def __repr__(self):
        return "Reduce()"
print(Reduce(), str(Reduce()))
class Doc:
    "the doc"
print(Doc().__doc__, Doc.__doc__)
class Instance:
    pass
i = Instance()
print(i.__class__.__name__, type(i.__dict__).__name__, i.__module__)
