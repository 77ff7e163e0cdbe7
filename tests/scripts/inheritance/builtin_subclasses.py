# Subclassing list, dict, str, int, tuple, Exception: what is kept and what returns base type.
class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
print(ml, ml.sum(), type(ml).__name__, type(ml + [4]).__name__, type(ml[:1]).__name__, type(ml * 2).__name__)
ml.attr = "lists subclasses have __dict__"
print(ml.attr, ml == [1, 2, 3], isinstance(ml, list))
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]
dd = DefaultDict()
print(dd["a"], dd["b"], dd["a"], dd, dd.get("zz"), "zz" in dd)
class Upper(str):
    pass
u = Upper("abc")
print(type(u.upper()).__name__, type(u + "x").__name__, type(u[0]).__name__, u == "abc", hash(u) == hash("abc"))
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
m = Money(5)
print(repr(m), repr(m + 1), type(m + m).__name__, m == 5, [m])
class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
p = Pair((1, 2))
print(p, p.swap(), type(p.swap()).__name__, p + (3,), type(p + (3,)).__name__)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, repr(e), e.args, e.code)
class Frozen(frozenset):
    pass
print(sorted(Frozen([3, 1, 2])), type(Frozen([1]) | {2}).__name__)
class MyFloat(float):
    pass
print(MyFloat(1.5) + 1, type(MyFloat(1.5) + 1).__name__, MyFloat("2.5"), repr(MyFloat(0.1)))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
md = MyDict(a=1)
md["b"] = 2
md.update(c=3)
print(md)
class MyBytes(bytes):
    pass
print(MyBytes(b"ab"), type(MyBytes(b"ab")[0:1]).__name__)
