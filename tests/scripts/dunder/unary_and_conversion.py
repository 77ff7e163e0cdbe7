# Unary operator dunders and conversion dunders (__int__, __float__, __index__, __round__...).
import math
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return f"neg {self.v}"
    def __pos__(self): return f"pos {self.v}"
    def __abs__(self): return f"abs {self.v}"
    def __invert__(self): return f"invert {self.v}"
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __index__(self): return 7
    def __round__(self, ndigits=None): return f"round {ndigits}"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __bool__(self): return False
    def __len__(self): return 3
n = N(5)
print(-n, +n, abs(n), ~n)
print(int(n), float(n), complex(n), n.__index__(), bool(n), len(n))
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(bin(n), hex(n), oct(n), [0, 1, 2, 3, 4, 5, 6, 7, 8][n], "abcdefghij"[n:], range(n))
print(operator_index := __import__("operator").index(n))
class OnlyIndex:
    def __index__(self):
        return 3
o = OnlyIndex()
print(int(o), float(o) if False else "float() needs __float__ or __index__:", float(o), complex(o))
class OnlyInt:
    def __int__(self):
        return 9
print(int(OnlyInt()))
try:
    [1, 2][OnlyInt()]
except TypeError as e:
    print("TypeError", e)
try:
    float(OnlyInt())
except TypeError as e:
    print("TypeError", e)
class BadInt:
    def __int__(self):
        return "nope"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    bin(BadIndex())
except TypeError as e:
    print("TypeError", e)
class Empty:
    pass
for f in (lambda: -Empty(), lambda: +Empty(), lambda: abs(Empty()), lambda: ~Empty(),
          lambda: int(Empty()), lambda: float(Empty()), lambda: complex(Empty()),
          lambda: round(Empty()), lambda: math.floor(Empty()), lambda: math.trunc(Empty()), lambda: len(Empty())):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(-True, +False, ~True, abs(-3.5), abs(-2), abs(3 - 4j))
print(round(2.567, 1), round(-0.5), round(1.5), round(25, -1), round(35, -1), round(7), type(round(7.0)).__name__)
class IntSub(int):
    def __neg__(self):
        return "custom neg"
print(-IntSub(3), +IntSub(3), type(+IntSub(3)).__name__)
