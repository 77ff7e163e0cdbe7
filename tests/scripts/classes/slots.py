# __slots__: restricted attributes, no __dict__, inheritance, defaults errors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print("AttributeError", e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError", e)
class Q(P):
    pass
qq = Q(1, 2)
qq.extra = "subclass without slots has a dict"
print(qq.extra, hasattr(qq, "__dict__"))
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z, hasattr(r, "__dict__"))
try:
    r.w = 4
except AttributeError as e:
    print("AttributeError", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError", e)
class Single:
    __slots__ = "only"
s = Single()
s.only = "string slots"
print(s.only, type(Single.only).__name__)
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print("AttributeError", e)
print(sorted(n for n in dir(P) if not n.startswith("__")))
