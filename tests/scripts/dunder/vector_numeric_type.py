# A complete numeric-like Vector class using many dunders together.
import math
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __eq__(self, other):
        if isinstance(other, Vector):
            return (self.x, self.y) == (other.x, other.y)
        return NotImplemented
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x - other.x, self.y - other.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(w), f"{v:.2f}", abs(v), bool(Vector()), bool(v))
print(v + w, v - w, v * 2, 3 * v, v @ w, v / 2, -v)
print(v == Vector(3, 4), v != w, v == (3, 4), len({v, Vector(3, 4), w}))
x, y = v
print(x, y, list(v), v[0], v[-1], len(v), tuple(v), max(v))
print(sum([v, w, Vector(1, 1)], Vector()))
try:
    v + 1
except TypeError as e:
    print("TypeError", e)
try:
    v * "s"
except TypeError as e:
    print("TypeError", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError", e)
print(sorted([Vector(2, 2), Vector(0, 1), Vector(1, 0)], key=abs))
