# A subclass that overrides the reflected method gets called first.
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return f"Base.__add__({type(self).__name__}, {type(other).__name__})"
    def __radd__(self, other):
        return f"Base.__radd__({type(self).__name__}, {type(other).__name__})"
    def __lt__(self, other):
        return f"Base.__lt__"
    def __gt__(self, other):
        return f"Base.__gt__"
class Derived(Base):
    def __radd__(self, other):
        return f"Derived.__radd__({type(self).__name__}, {type(other).__name__})"
    def __gt__(self, other):
        return "Derived.__gt__"
class NoOverride(Base):
    pass
print(Base(1) + Derived(2))
print(Derived(1) + Base(2))
print(Base(1) + NoOverride(2))
print(Base(1) < Derived(2))
print(Base(1) < NoOverride(2))
print(Derived(1) < Base(2))
class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__"
    def __rsub__(self, other):
        return "MyInt.__rsub__"
print(1 + MyInt(2), 1 - MyInt(2), MyInt(2) + 1, type(MyInt(2) + 1).__name__)
class MyFloat(float):
    def __rmul__(self, other):
        return "MyFloat.__rmul__"
print(2.0 * MyFloat(3), 2 * MyFloat(3), MyFloat(3) * 2)
class Eq:
    def __eq__(self, other):
        return f"Eq.__eq__({type(other).__name__})"
class SubEq(Eq):
    def __eq__(self, other):
        return f"SubEq.__eq__({type(other).__name__})"
print(Eq() == SubEq(), SubEq() == Eq(), 1 == Eq(), Eq() != 1)
