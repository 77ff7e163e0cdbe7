# Class definition, instances, class vs instance attributes, methods.
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__)
q = p.moved(1, 1)
print(q.x, q.y, type(q).__name__, type(q) is Point, isinstance(q, Point))
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 10
print(p.dims, q.dims)
del p.dims
print(p.dims)
print(sorted(p.__dict__.items()))
print(Point.__name__, Point.__qualname__, Point.__module__)
print("norm2" in Point.__dict__, "x" in Point.__dict__)
print(Point.norm2(p), Point.norm2 is Point.__dict__["norm2"])
p.extra = "dynamic"
print(p.extra, sorted(vars(p)))
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__bases__, Empty.__mro__)
e.a = 1
print(e.a, e.__dict__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
class WithList:
    shared = []
    def add(self, x):
        self.shared.append(x)
a, b = WithList(), WithList()
a.add(1); b.add(2)
print(WithList.shared, a.shared is b.shared)
def outside(self):
    return "attached later " + type(self).__name__
Point.outside = outside
print(p.outside())
print(getattr(p, "x"), getattr(p, "missing", "default"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    Point.missing
except AttributeError as e:
    print("AttributeError", e)
class Nested:
    class Inner:
        value = 5
    def make(self):
        return self.Inner()
print(Nested.Inner.value, Nested().make().value, Nested.Inner.__qualname__)
