# namedtuple: fields, defaults, _replace, _asdict, _fields, _make, tuple behaviour, errors.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), len(p), list(p), hash(p) == hash((1, 2)))
print(Point._fields, p._asdict(), p._replace(y=5), Point._make([7, 8]), Point(y=3, x=4))
x, y = p
print(x, y, p + (3,), p * 2, type(p + (3,)).__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Person("ann", 30), Person("bob", 25, "sf"), Person._field_defaults)
try:
    Person("only name")
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Bad", ["def", "x"])
except ValueError as e:
    print("ValueError", e)
Renamed = namedtuple("Renamed", ["a", "def", "a", "_b"], rename=True)
print(Renamed._fields)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
v = Vec(1, -2) + Vec(3, 4)
print(v, v.norm1, type(v).__name__, isinstance(v, tuple))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(Point.__doc__, Point.x.__doc__ if hasattr(Point.x, "__doc__") else None)
