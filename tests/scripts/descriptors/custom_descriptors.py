# Practical descriptors: typed fields, validation, lazy computed attributes, per-instance storage.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __set_name__(self, owner, name):
        self.attr = "_" + name
    def __get__(self, obj, owner=None):
        return getattr(obj, self.attr)
    def __set__(self, obj, value):
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.attr[1:]}={value} not in [{self.lo}, {self.hi}]")
        setattr(obj, self.attr, value)
class Person:
    name = Typed(str)
    age = Range(0, 150)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)))
for bad in [("name", 5), ("age", 200), ("age", -1)]:
    try:
        setattr(p, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    @lazy
    def expensive(self):
        return sum(range(1000))
d = Data()
print(d.expensive, d.expensive, type(Data.expensive).__name__)
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner=None):
        return self.v
    def __set__(self, obj, value):
        raise AttributeError("constant")
class Cfg:
    VERSION = Const("1.0")
c = Cfg()
print(c.VERSION, Cfg.VERSION)
try:
    c.VERSION = "2.0"
except AttributeError as e:
    print("AttributeError", e)
Cfg.VERSION = "replaced on class"
print(c.VERSION)
