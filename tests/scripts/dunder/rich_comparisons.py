# Rich comparison dunders, reflection (lt<->gt, le<->ge, eq<->eq), NotImplemented and errors.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __lt__(self, other):
        print(f"  {self}.__lt__({other})")
        if isinstance(other, V):
            return self.v < other.v
        return NotImplemented
    def __le__(self, other):
        print(f"  {self}.__le__({other})")
        return NotImplemented
    def __eq__(self, other):
        print(f"  {self}.__eq__({other})")
        if isinstance(other, V):
            return self.v == other.v
        return NotImplemented
a, b = V(1), V(2)
print("a < b:", a < b)
print("a > b:", a > b)
print("a == b:", a == b)
print("a != b:", a != b)
print("a == 1:", a == 1)
print("1 == a:", 1 == a)
print("a != 'x':", a != "x")
try:
    print(a <= b)
except TypeError as e:
    print("TypeError", e)
try:
    print(a < 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 >= a)
except TypeError as e:
    print("TypeError", e)
class NoCmp:
    pass
for expr in ["NoCmp() < NoCmp()", "NoCmp() <= 1", "'a' > 1", "[1] < (1,)", "None < None", "{} < {}", "1j < 2j"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
print(NoCmp() == NoCmp(), NoCmp() != NoCmp())
n = NoCmp()
print(n == n, n != n)
class Weird:
    def __eq__(self, other):
        return [1, 2]
    def __lt__(self, other):
        return 0
print(Weird() == 1, Weird() < 1, Weird() != 1)
if Weird() == 1:
    print("list result is truthy")
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"O{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), max([OnlyLt(3), OnlyLt(5)]), min(OnlyLt(4), OnlyLt(2)))
print(OnlyLt(1) > OnlyLt(0), OnlyLt(0) > OnlyLt(1))
