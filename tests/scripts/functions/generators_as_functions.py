# Functions returning functions, higher-order helpers, function dispatch tables.
def make_multiplier(n):
    def mult(x):
        return x * n
    return mult
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.__qualname__)
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(double, 10, 1))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
def pipeline(*funcs):
    def run(x):
        for fn in funcs:
            x = fn(x)
        return x
    return run
p = pipeline(str.strip, str.upper, lambda s: s + "!")
print(p("  hello "))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, reset
inc, reset = counter()
inc(); inc()
print(inc())
reset()
print(inc())
print(list(map(make_multiplier(10), [1, 2, 3])))
print(sorted(["apple", "Banana", "cherry"], key=str.lower))
print(max(["a", "bbb", "cc"], key=len), min([3, -5, 2], key=abs))
