# Symbolic expressions with operator overloading: simplification, differentiation, evaluation, printing.
class Expr:
    def __add__(self, o): return Add.make(self, lift(o))
    def __radd__(self, o): return Add.make(lift(o), self)
    def __sub__(self, o): return Add.make(self, Mul.make(Const(-1), lift(o)))
    def __rsub__(self, o): return Add.make(lift(o), Mul.make(Const(-1), self))
    def __mul__(self, o): return Mul.make(self, lift(o))
    def __rmul__(self, o): return Mul.make(lift(o), self)
    def __pow__(self, n): return Pow.make(self, n)
    def __neg__(self): return Mul.make(Const(-1), self)
def lift(x):
    return x if isinstance(x, Expr) else Const(x)
class Const(Expr):
    def __init__(self, v): self.v = v
    def diff(self, var): return Const(0)
    def eval(self, env): return self.v
    def __eq__(self, o): return isinstance(o, Const) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return str(self.v)
class Var(Expr):
    def __init__(self, name): self.name = name
    def diff(self, var): return Const(1 if var == self.name else 0)
    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise NameError(f"no value for {self.name}") from None
    def __eq__(self, o): return isinstance(o, Var) and o.name == self.name
    def __hash__(self): return hash(("var", self.name))
    def __repr__(self): return self.name
class Add(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    @staticmethod
    def make(a, b):
        if isinstance(a, Const) and isinstance(b, Const): return Const(a.v + b.v)
        if a == Const(0): return b
        if b == Const(0): return a
        if a == b: return Mul.make(Const(2), a)
        return Add(a, b)
    def diff(self, var): return Add.make(self.a.diff(var), self.b.diff(var))
    def eval(self, env): return self.a.eval(env) + self.b.eval(env)
    def __eq__(self, o): return isinstance(o, Add) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self): return hash(("+", self.a, self.b))
    def __repr__(self):
        if isinstance(self.b, Mul) and self.b.a == Const(-1):
            return f"({self.a!r} - {self.b.b!r})"
        return f"({self.a!r} + {self.b!r})"
class Mul(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    @staticmethod
    def make(a, b):
        if isinstance(a, Const) and isinstance(b, Const): return Const(a.v * b.v)
        if a == Const(0) or b == Const(0): return Const(0)
        if a == Const(1): return b
        if b == Const(1): return a
        if isinstance(b, Const): a, b = b, a
        if isinstance(a, Const) and isinstance(b, Mul) and isinstance(b.a, Const): return Mul.make(Const(a.v * b.a.v), b.b)
        if a == b: return Pow.make(a, 2)
        return Mul(a, b)
    def diff(self, var): return Add.make(Mul.make(self.a.diff(var), self.b), Mul.make(self.a, self.b.diff(var)))
    def eval(self, env): return self.a.eval(env) * self.b.eval(env)
    def __eq__(self, o): return isinstance(o, Mul) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self): return hash(("*", self.a, self.b))
    def __repr__(self):
        if self.a == Const(-1): return f"-{self.b!r}"
        return f"{self.a!r}*{self.b!r}"
class Pow(Expr):
    def __init__(self, base, n): self.base, self.n = base, n
    @staticmethod
    def make(base, n):
        if not isinstance(n, int): raise TypeError(f"only integer powers are supported, not {type(n).__name__}")
        if n == 0: return Const(1)
        if n == 1: return base
        if isinstance(base, Const): return Const(base.v ** n)
        return Pow(base, n)
    def diff(self, var): return Mul.make(Mul.make(Const(self.n), Pow.make(self.base, self.n - 1)), self.base.diff(var))
    def eval(self, env): return self.base.eval(env) ** self.n
    def __eq__(self, o): return isinstance(o, Pow) and (self.base, self.n) == (o.base, o.n)
    def __hash__(self): return hash(("^", self.base, self.n))
    def __repr__(self): return f"{self.base!r}^{self.n}"
x, y = Var("x"), Var("y")
exprs = [3 * x ** 2 + 2 * x + 1, x * y + y ** 3, (x + 1) ** 3, x * x * x, 5 - x, x + x, 0 * x + 1 * y, -(x ** 2) + 4]
env = {"x": 2, "y": -1}
for e in exprs:
    dx, dy = e.diff("x"), e.diff("y")
    print(f"{e!r:24} d/dx={dx!r:22} d/dy={dy!r:14} at {env}: {e.eval(env)}, {dx.eval(env)}")
second = (x ** 4).diff("x").diff("x")
print(second, second.eval({"x": 3}), len({x + 1, x + 1, Const(1) + x}))
try:
    x ** 0.5
except TypeError as e:
    print("TypeError", e)
try:
    (x + y).eval({"x": 1})
except NameError as e:
    print("NameError", e)
