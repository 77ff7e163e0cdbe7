# Zero-argument and explicit super(), cooperative multiple inheritance.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def greet(self):
        return "Base"
class A(Base):
    def __init__(self):
        print("A.__init__")
        super().__init__()
        self.trail.append("A")
    def greet(self):
        return "A>" + super().greet()
class B(Base):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")
    def greet(self):
        return "B>" + super().greet()
class C(A, B):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.trail.append("C")
    def greet(self):
        return "C>" + super().greet()
c = C()
print(c.trail, c.greet())
print(super(A, c).greet(), super(B, c).greet(), super(C, c).greet())
class Classy(Base):
    @classmethod
    def make(cls):
        return super().__new__(cls)
    @classmethod
    def name(cls):
        return "Classy from " + cls.__name__
class SubClassy(Classy):
    @classmethod
    def name(cls):
        return "Sub+" + super().name()
print(type(Classy.make()).__name__, SubClassy.name())
class Static(Base):
    @staticmethod
    def s():
        try:
            return super().greet()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(Static.s())
def not_in_class():
    try:
        super()
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
print(not_in_class())
class Attr(Base):
    def greet(self):
        return super().greet.__name__ + " via bound super"
print(Attr().greet())
class Prop(Base):
    @property
    def value(self):
        return 1
class SubProp(Prop):
    @property
    def value(self):
        return super().value + 10
print(SubProp().value)
sup = super(C, c)
print(type(sup).__name__, sup.__thisclass__.__name__, sup.__self_class__.__name__)
try:
    super(int, c)
except TypeError as e:
    print("TypeError", e)
class Kw:
    def __init__(self, **kw):
        self.kw = kw
class Mixin:
    def __init__(self, *, mix=None, **kw):
        self.mix = mix
        super().__init__(**kw)
class Combined(Mixin, Kw):
    pass
cb = Combined(mix=1, other=2)
print(cb.mix, cb.kw)
class Lambda(Base):
    def greet(self):
        f = lambda: super(Lambda, self).greet()
        return "lambda " + f()
print(Lambda().greet())
class Outer(Base):
    def greet(self):
        def inner():
            return super(Outer, self).greet()
        return "nested " + inner()
print(Outer().greet())
