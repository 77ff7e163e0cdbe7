# abc.ABC and abstractmethod: instantiation errors, registration, abstract properties.
from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"area={self.area()} perimeter={self.perimeter()}"
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Partial(Shape):
    def area(self):
        return 1
try:
    Partial()
except TypeError as e:
    print("TypeError", e)
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
print(Square(3).describe(), isinstance(Square(1), Shape))
print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__), Square.__abstractmethods__)
class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
class Impl(Named):
    @property
    def name(self):
        return "impl"
print(Impl().name)
try:
    Named()
except TypeError as e:
    print("TypeError", e)
class Plain:
    def area(self):
        return 0
    def perimeter(self):
        return 0
Shape.register(Plain)
print(isinstance(Plain(), Shape), issubclass(Plain, Shape), Plain.__mro__[-1].__name__)
class WithMeta(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass
try:
    WithMeta()
except TypeError as e:
    print("TypeError", e)
class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Duck:
    def quack(self):
        pass
print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))
class CallsSuper(Shape):
    def area(self):
        return super().area()
    def perimeter(self):
        return 0
print(CallsSuper().area())
