# Instance methods, classmethods, staticmethods and how they bind.
class M:
    factor = 2
    def inst(self, x):
        return ("inst", type(self).__name__, x * self.factor)
    @classmethod
    def cls_m(cls, x):
        return ("cls", cls.__name__, x * cls.factor)
    @staticmethod
    def stat(x):
        return ("static", x)
class N(M):
    factor = 10
m, n = M(), N()
print(m.inst(1), n.inst(1))
print(M.cls_m(1), N.cls_m(1), m.cls_m(1), n.cls_m(1))
print(M.stat(1), m.stat(2), N.stat(3))
print(M.inst(n, 1))
print(type(M.__dict__["cls_m"]).__name__, type(M.__dict__["stat"]).__name__)
print(type(m.cls_m).__name__, type(m.stat).__name__, type(m.inst).__name__)
print(m.cls_m.__self__ is M, n.cls_m.__self__ is N)
class Factory:
    def __init__(self, a, b):
        self.a, self.b = a, b
    @classmethod
    def from_string(cls, s):
        a, b = s.split(",")
        return cls(int(a), int(b))
    def __repr__(self):
        return f"{type(self).__name__}({self.a}, {self.b})"
class SubFactory(Factory):
    pass
print(Factory.from_string("1,2"), SubFactory.from_string("3,4"))
sm = staticmethod(lambda: "called")
print(sm(), callable(sm))
cm = M.__dict__["cls_m"]
print(cm.__func__(M, 5))
print(M.__dict__["stat"].__func__(9))
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, v):
        self.ops.append(v)
        return self
print(Chain().add(1).add(2).add(3).ops)
try:
    M.inst(1)
except TypeError as e:
    print("TypeError", e)
try:
    M.inst()
except TypeError as e:
    print("TypeError", e)
bound = m.inst
print(bound(4), bound.__name__, bound.__qualname__)
print(M.cls_m.__name__, M.stat.__qualname__)
