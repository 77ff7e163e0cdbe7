# Calling a class with a Python __init__ and calling bound methods: what
# the interpreter runs without a nested call must behave exactly as the
# general path does (results, errors, tracebacks, keyword arguments).
import traceback


class Point:
    def __init__(self, x, y=0, *rest, scale=1, **extra):
        self.x = x * scale
        self.y = y * scale
        self.rest = rest
        self.extra = extra


p = Point(1, 2, 3, 4, scale=10, tag="t")
print(p.x, p.y, p.rest, p.extra)
print(Point(5).x, Point(x=6, y=7).y)


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Missing:
    def __init__(self, a, b):
        self.a = a


for args in [(1,), (1, 2, 3)]:
    try:
        Missing(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Missing(1, c=2)
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, n):
        if n:
            raise ValueError(f"bad {n}")
        self.n = n


try:
    Raises(3)
except ValueError:
    traceback.print_exc()


class Rebinds:
    def __init__(self):
        self = None


print(type(Rebinds()).__name__)


class Base:
    def __init__(self, v):
        self.v = v


class Derived(Base):
    pass


class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)

    def __init__(self, *a):
        print("init", a)


print(Derived(9).v)
WithNew(1, 2)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n


c = Counter()
bump = c.bump
for _ in range(3):
    bump()
print(bump(by=5), c.n)
callbacks = [c.bump, Counter().bump]
print([f(2) for f in callbacks])


def deep(n):
    return Point(n) if n == 0 else deep(n - 1)


print(deep(50).x)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)
