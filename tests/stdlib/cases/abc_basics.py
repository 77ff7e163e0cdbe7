from abc import ABC, ABCMeta, abstractmethod, get_cache_token, update_abstractmethods
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f'{self.name}: {self.area()}'
print(sorted(Shape.__abstractmethods__), type(Shape), Shape.__mro__)
for f in [lambda: Shape(), lambda: type('Half', (Shape,), {'area': lambda s: 1})()]:
    try: f()
    except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    name = 'square'
print(Sq(3).describe(), Sq.__abstractmethods__, isinstance(Sq(1), Shape), issubclass(Sq, Shape))
class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, 'quack')
        return NotImplemented
class Mallard:
    def quack(self): pass
print(isinstance(Mallard(), Duck), issubclass(int, Duck), issubclass(Mallard, Duck))
class Reg(ABC): pass
t0 = get_cache_token()
print(Reg.register(int) is int, isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg), get_cache_token() - t0)
class SubReg(Reg): pass
SubReg.register(str)
print(issubclass(str, Reg), issubclass(str, SubReg), isinstance('a', Reg), issubclass(float, SubReg))
try: Reg.register(3)
except TypeError as e: print(e)
try: issubclass(3, Reg)
except TypeError as e: print(e)
try:
    class R2(Reg): pass
    Reg.register(R2); int.register
except Exception as e: print(type(e).__name__, e)
class A(ABC):
    @abstractmethod
    def f(self): pass
    @abstractmethod
    def g(self): pass
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): return 1
try: B()
except TypeError as e: print(e)
B.g = lambda self: 2
update_abstractmethods(B)
print(B().f(), B().g(), B.__abstractmethods__)
class C(A):
    @classmethod
    @abstractmethod
    def f(cls): pass
print(sorted(C.__abstractmethods__), abc.abstractclassmethod.__isabstractmethod__)
class Meta(ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    @abstractmethod
    def x(self): pass
try: WithMeta()
except TypeError as e: print(e)
class Kw(ABC):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw); cls.flag = flag
class Kw2(Kw, flag=7): pass
print(Kw2.flag, isinstance(Kw2(), Kw))
print(sorted(k for k in vars(Shape) if not k.startswith('__')), [n for n in dir(Reg) if n.startswith('_abc')])
