# Exact matrix algebra with a hand-written Fraction type: products, determinants, inverses, solving.
from math import gcd
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac with zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d)
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = Frac.of(o)
        return self.n == o.n and self.d == o.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __bool__(self):
        return self.n != 0
    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
class Matrix:
    def __init__(self, rows):
        self.rows = [[Frac.of(x) for x in r] for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged matrix")
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        return Matrix([[sum((self[i, k] * other[k, j] for k in range(m)), Frac(0)) for j in range(p)] for i in range(n)])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, other):
        return self.rows == other.rows
    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])
    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of non-square matrix")
        a = [row[:] for row in self.rows]
        det = Frac(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c]), None)
            if pivot is None:
                return Frac(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                det = -det
            det = det * a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return det
    def inverse(self):
        n, _ = self.shape
        aug = [row[:] + Matrix.identity(n).rows[i] for i, row in enumerate(self.rows)]
        for c in range(n):
            pivot = next((r for r in range(c, n) if aug[r][c]), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[c], aug[pivot] = aug[pivot], aug[c]
            pv = aug[c][c]
            aug[c] = [x / pv for x in aug[c]]
            for r in range(n):
                if r != c and aug[r][c]:
                    f = aug[r][c]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
        return Matrix([row[n:] for row in aug])
    def __repr__(self):
        cells = [[repr(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)
A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A, A.shape, sep="\n")
print(A @ B)
print("det(A) =", A.determinant(), " det(I4) =", Matrix.identity(4).determinant())
Ainv = A.inverse()
print(Ainv)
print("A @ A^-1 == I:", A @ Ainv == Matrix.identity(3))
b = Matrix([[4], [5], [6]])
x = Ainv @ b
print("solution:", [r[0] for r in x.rows], "check:", [r[0] for r in (A @ x).rows])
print((A + A.transpose()) * Frac(1, 2))
H = Matrix([[Frac(1, i + j + 1) for j in range(4)] for i in range(4)])
print("det(Hilbert4) =", H.determinant())
print(H.inverse())
for bad in [lambda: A @ A.transpose() @ B.transpose(), lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: B.determinant(), lambda: Matrix([[1], [1, 2]])]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
