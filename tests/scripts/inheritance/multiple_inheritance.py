# Multiple inheritance: attribute resolution, mixins, isinstance across branches.
class Walker:
    speed = 1
    def move(self):
        return f"walk at {self.speed}"
class Swimmer:
    speed = 2
    def move(self):
        return f"swim at {self.speed}"
    def dive(self):
        return "dive"
class Duck(Walker, Swimmer):
    pass
class Fish(Swimmer, Walker):
    speed = 5
d, f = Duck(), Fish()
print(d.move(), d.dive(), d.speed, f.move(), f.speed)
print(isinstance(d, Swimmer), issubclass(Duck, Walker), [c.__name__ for c in Duck.__mro__])
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in vars(self).items())
        return "{" + items + "}"
class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({vars(self)})"
class User(JsonMixin, ReprMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age
u = User("ann", 30)
print(u.to_json(), repr(u))
class A:
    def who(self):
        return "A"
class B(A):
    pass
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print(D().who())
class Base1:
    def __init__(self):
        self.b1 = True
class Base2:
    def __init__(self):
        self.b2 = True
class NoCoop(Base1, Base2):
    pass
print(sorted(vars(NoCoop())))
class Coop(Base1, Base2):
    def __init__(self):
        Base1.__init__(self)
        Base2.__init__(self)
print(sorted(vars(Coop())))
try:
    class IntStr(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
class ListDict(list):
    pass
class Both(ListDict, object):
    pass
print(Both([1, 2]), [c.__name__ for c in Both.__mro__])
