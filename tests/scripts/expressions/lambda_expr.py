# Lambdas: parameters of every kind, closures, defaults, immediately called.
print((lambda: 42)())
print((lambda x, y=2: x * y)(3), (lambda x, y=2: x * y)(3, 4))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, w=4))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
add = lambda a, b: a + b
print(add.__name__, add(1, 2), add("x", "y"))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 2, range(10))))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda: (yield 1))().__class__.__name__)
y = 10
print((lambda: y)())
def outer():
    z = 5
    return lambda w: z + w
print(outer()(1))
print((lambda x: (lambda y: x * y))(3)(4))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda *, k=1: k)(), (lambda *, k=1: k)(k=2))
print((lambda x: x)(lambda: 0).__qualname__)
