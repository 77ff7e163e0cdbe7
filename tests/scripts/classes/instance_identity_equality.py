# Default equality is identity, hash follows id; __eq__ without __hash__ unhashable.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is b)
print(hash(a) == hash(a), {a: 1}[a])
class Value:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Value):
            return NotImplemented
        return self.v == other.v
print(Value(1) == Value(1), Value(1) != Value(1), Value(1) == 1, Value.__hash__)
try:
    hash(Value(1))
except TypeError as e:
    print("TypeError", e)
try:
    {Value(1)}
except TypeError as e:
    print("TypeError", e)
class Hashable(Value):
    def __hash__(self):
        return hash(self.v)
print(len({Hashable(1), Hashable(1), Hashable(2)}), Hashable(3) in {Hashable(3)})
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly() != 1, EqOnly() == 1)
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError", e)
class InheritHash(Hashable):
    def __eq__(self, other):
        return False
try:
    hash(InheritHash(1))
except TypeError as e:
    print("TypeError", e)
class KeepHash(Hashable):
    def __eq__(self, other):
        return False
    __hash__ = Hashable.__hash__
print(hash(KeepHash(5)) == hash(5))
x = Value(3)
print(x in [Value(3)], x in [Value(4)], [Value(1)] == [Value(1)])
print(Value(1).__eq__(5), Value(2).__ne__(Value(2)))
