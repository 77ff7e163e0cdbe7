# In-place dunders for every operator, falling back to binary ones.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v!r})"
names = ["iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow",
         "ilshift", "irshift", "iand", "ixor", "ior"]
for n in names:
    def method(self, other, n=n):
        self.v = f"{self.v}|{n}:{other}"
        return self
    setattr(Acc, f"__{n}__", method)
a = Acc("start")
ident = a
a += 1; a -= 2; a *= 3; a @= 4; a /= 5; a //= 6; a %= 7; a **= 8
a <<= 9; a >>= 10; a &= 11; a ^= 12; a |= 13
print(a, a is ident)
class BinaryOnly:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return BinaryOnly(self.v + other)
    def __mul__(self, other):
        return BinaryOnly(self.v * other)
b = BinaryOnly(2)
orig = b
b += 3
b *= 4
print(b.v, b is orig, orig.v)
class ReturnsOther:
    def __iadd__(self, other):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)
class Rev:
    def __radd__(self, other):
        return "Rev.__radd__ for " + type(other).__name__
x = 5
x += Rev()
print(x)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print("TypeError", e)
try:
    n -= 1
except TypeError as e:
    print("TypeError", e)
try:
    n **= 2
except TypeError as e:
    print("TypeError", e)
try:
    n @= 2
except TypeError as e:
    print("TypeError", e)
lst = [1]
try:
    lst += 5
except TypeError as e:
    print("TypeError", e)
try:
    lst -= [1]
except TypeError as e:
    print("TypeError", e)
s = "a"
try:
    s += 1
except TypeError as e:
    print("TypeError", e)
