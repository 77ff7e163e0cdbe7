# Class decorators and creating classes with type(name, bases, ns).
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name, self.qty = name, qty
print(Item("apple", 3))
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register("circle")
class Circle:
    pass
@register("square")
class Square:
    pass
print({k: v.__name__ for k, v in registry.items()})
def replace_with_function(cls):
    return lambda: f"instead of {cls.__name__}"
@replace_with_function
class Gone:
    pass
print(Gone())
Dyn = type("Dyn", (), {"x": 1, "double": lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, d.x, d.double(), type(d).__name__)
Sub = type("Sub", (Dyn,), {"x": 21})
print(Sub().double(), Sub.__mro__[1].__name__, Sub.__bases__[0] is Dyn)
print(type(Dyn) is type, type(type) is type, type(1) is int)
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty.__qualname__)
try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError", e)
try:
    type("Bad", (5,), {})
except TypeError as e:
    print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)
def init(self, v):
    self.v = v
WithInit = type("WithInit", (object,), {"__init__": init, "__repr__": lambda self: f"WithInit({self.v})"})
print(WithInit(5))
@add_repr
@register("stacked")
class Stacked:
    def __init__(self):
        self.a = 1
print(Stacked(), registry["stacked"] is Stacked)
