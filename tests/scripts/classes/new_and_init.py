# __new__ and __init__: order, arguments, returning other types, singletons.
class Traced:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        return inst
    def __init__(self, a, b=2):
        print("__init__", a, b)
        self.a, self.b = a, b
t = Traced(1, b=3)
print(t.a, t.b)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created")
        return cls._instance
    def __init__(self):
        print("init runs every time")
s1 = Singleton()
s2 = Singleton()
print(s1 is s2)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())
class Base:
    pass
class Sub(Base):
    pass
class MakesSub:
    def __new__(cls):
        return Sub()
    def __init__(self):
        print("not called: result is not an instance of MakesSub")
print(type(MakesSub()).__name__)
class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = UpperStr("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))
class PositiveInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(PositiveInt(5) + 1, type(PositiveInt(5)).__name__)
try:
    PositiveInt(-1)
except ValueError as e:
    print("ValueError", e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(1, 2)
print(p, p.x, len(p), type(p).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
class OnlyNew:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj
print(OnlyNew(7).x)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(8).x)
try:
    object.__new__(OnlyInit, 1)
    print("object.__new__ accepts extra args when __init__ is overridden")
except TypeError as e:
    print("TypeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
obj = object.__new__(OnlyInit)
print(hasattr(obj, "x"))
obj.__init__(9)
print(obj.x)
