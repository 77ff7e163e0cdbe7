# Generator pipelines and generator expressions combined lazily.
def read_lines():
    data = ["# comment", "alpha 1", "", "beta 2", "gamma 3", "# end"]
    for line in data:
        print("  reading", repr(line))
        yield line
def non_blank(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        name, value = line.split()
        yield name, int(value)
pipe = parse(non_blank(read_lines()))
print("pipeline built")
for name, value in pipe:
    print(name, value)
squares = (n * n for n in range(10))
evens = (s for s in squares if s % 2 == 0)
print(list(evens))
print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, (x * 3 for x in naturals()))))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(10, primes())))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
g = (x for x in [1, 2, 3])
print(next(g), list(g))
try:
    (1 / x for x in [0])
    print("creating a genexp does not run it")
    list(1 / x for x in [0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
