# Generators: laziness, StopIteration, return values, state, iteration protocol.
def gen():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("end")
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration as e:
    print("again StopIteration", e.args)
def with_return():
    yield "x"
    return "result"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
print(list(with_return()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))
print(iter(g) is g, hasattr(g, "__next__"))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
inf = infinite()
print([next(inf) for _ in range(5)])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def empty():
    return
    yield
print(list(empty()))
def yield_expr_value():
    x = yield
    print("received", x)
g = yield_expr_value()
next(g)
try:
    next(g)
except StopIteration:
    print("finished")
g = countdown(3)
print(g.__name__, g.__qualname__)
for v in g:
    print("loop", v)
print(list(g))
def gen_in_gen():
    for x in countdown(3):
        yield x * 10
print(list(gen_in_gen()))
ge = (x * x for x in range(5))
print(type(ge).__name__, next(ge), list(ge), list(ge))
def running():
    yield 1
gr = running()
print(gr.gi_running)
list(gr)
print(gr.gi_running)
