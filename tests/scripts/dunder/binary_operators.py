# Every binary operator dunder, its reflected form, and the order they are tried.
class Tracer:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
       "lshift", "rshift", "and", "xor", "or"]
def make(op):
    def fwd(self, other):
        return f"{self}.__{op}__({other!r})"
    def rev(self, other):
        return f"{self}.__r{op}__({other!r})"
    return fwd, rev
for op in ops:
    fwd, rev = make(op)
    setattr(Tracer, f"__{op}__", fwd)
    setattr(Tracer, f"__r{op}__", rev)
a = Tracer("a")
b = Tracer("b")
print(a + b, a - b, a * b, a @ b, a / b, a // b, a % b, divmod(a, b), a ** b)
print(a << b, a >> b, a & b, a ^ b, a | b)
print(1 + a, 1 - a, 1 * a, 1 @ a if False else "no int matmul", 1 / a, 1 // a, 1 % a, divmod(1, a), 1 ** a)
print(1 << a, 1 >> a, 1 & a, 1 ^ a, 1 | a)
print(pow(a, 2), pow(2, a))
class OnlyRight:
    def __radd__(self, other):
        return "radd " + repr(other)
    def __rsub__(self, other):
        return NotImplemented
print([1] + OnlyRight() if False else 5 + OnlyRight(), "s" + OnlyRight(), [1] + OnlyRight())
try:
    5 - OnlyRight()
except TypeError as e:
    print("TypeError", e)
try:
    OnlyRight() + 5
except TypeError as e:
    print("TypeError", e)
class Left:
    def __add__(self, other):
        print("Left.__add__ -> NotImplemented")
        return NotImplemented
class Right:
    def __radd__(self, other):
        print("Right.__radd__")
        return "right handled"
print(Left() + Right())
class SameType:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "never for same type"
try:
    SameType() + SameType()
except TypeError as e:
    print("TypeError", e)
class ThreePow:
    def __pow__(self, exp, mod=None):
        return ("pow", exp, mod)
    def __rpow__(self, base, mod=None):
        return ("rpow", base, mod)
print(pow(ThreePow(), 2, 5), ThreePow() ** 3, 2 ** ThreePow(), pow(2, ThreePow()))
try:
    pow(2, ThreePow(), 5)
except TypeError as e:
    print("TypeError", e)
