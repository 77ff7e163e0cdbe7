# A polynomial class with the numeric protocol: arithmetic, evaluation, derivative, division, printing.
class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while coeffs and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs
    @classmethod
    def x(cls):
        return cls([0, 1])
    @property
    def degree(self):
        return len(self.c) - 1
    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result
    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (other.c[i] if i < len(other.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-a for a in self.c])
    def __sub__(self, other):
        return self + (-other if isinstance(other, Poly) else Poly([-other]))
    def __rsub__(self, other):
        return -self + other
    def __mul__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        out = [0] * (len(self.c) + len(other.c) - 1) if self.c and other.c else []
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            raise ValueError("power must be a non-negative int")
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result
    def __divmod__(self, other):
        if not other.c:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        quot = [0] * max(len(rem) - len(other.c) + 1, 1)
        while len(rem) >= len(other.c) and any(rem):
            shift = len(rem) - len(other.c)
            factor = rem[-1] / other.c[-1]
            if factor == int(factor):
                factor = int(factor)
            quot[shift] = factor
            for i, b in enumerate(other.c):
                rem[shift + i] -= factor * b
            while rem and rem[-1] == 0:
                rem.pop()
        return Poly(quot), Poly(rem)
    def __floordiv__(self, other):
        return divmod(self, other)[0]
    def __mod__(self, other):
        return divmod(self, other)[1]
    def __eq__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        return self.c == other.c
    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:])
    def __repr__(self):
        if not self.c:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i else str(a)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(f"{sign} {coef}{var}")
        s = " ".join(terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]
x = Poly.x()
p = 3 * x ** 2 - 2 * x + 1
q = x - 1
print(p, "|", q, "|", p + q, "|", p - q, "|", p * q, "|", q ** 4)
print(p(0), p(2), p(-1.5), [q(v) for v in range(4)], p.degree, Poly([]).degree)
quot, rem = divmod(x ** 3 - 6 * x ** 2 + 11 * x - 6, q)
print(quot, "rem", rem, "| roots check:", [(x ** 3 - 6 * x ** 2 + 11 * x - 6)(r) for r in (1, 2, 3)])
print((x ** 2 + 1) // (2 * x), (x ** 2 + 1) % (2 * x), p.derivative(), p.derivative().derivative(), Poly([5]).derivative())
print(p == 3 * x * x - 2 * x + 1, Poly([0, 0]) == 0, 1 - x, -(x ** 2), x * 0)
def newton(f, guess, steps=30):
    df = f.derivative()
    for _ in range(steps):
        guess = guess - f(guess) / df(guess)
    return guess
print(round(newton(x ** 2 - 2, 1.0), 12), round(newton(x ** 3 - 2 * x - 5, 2.0), 12))
for bad in [lambda: divmod(p, Poly([])), lambda: p ** -1, lambda: p ** 1.5]:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
