# property: getter, setter, deleter, read-only errors, docs, inheritance.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError", e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)
class Old:
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x, None, "x doc")
o = Old()
o.x = 5
print(o.x, Old.x.__doc__)
class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    @property
    def name(self):
        return "child of " + super().name
print(Child().name)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class Shadow:
    @property
    def p(self):
        return "property wins"
s = Shadow()
s.__dict__["p"] = "instance dict"
print(s.p)
class Err:
    @property
    def bad(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Err().bad)
class NoGetter:
    x = property()
try:
    NoGetter().x
except AttributeError as e:
    print("AttributeError", e)
try:
    NoGetter().x = 1
except AttributeError as e:
    print("AttributeError", e)
