# Iterables vs iterators, exhaustion, re-iteration, and builtins consuming custom iterables.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(4)
print(list(c), list(c), sum(c), max(c), sorted(c), tuple(c), set(c) == {1, 2, 3, 4}, 3 in c)
print(list(zip(c, "abcd")), dict(zip("wxyz", c)), list(enumerate(c)), list(map(str, c)), "".join(map(str, c)))
print(any(x > 3 for x in c), all(x > 0 for x in c), min(c), len(list(c)), [*c], (*c,))
a, b, *rest = c
print(a, b, rest)
class OneShot:
    def __init__(self, data):
        self.it = iter(data)
    def __iter__(self):
        return self.it
o = OneShot([1, 2, 3])
print(list(o), list(o))
gen = (x for x in range(3))
print(sum(gen), sum(gen))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
it = iter(range(10))
print(3 in it, list(it))
class Infinite:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
inf = Infinite()
print(next(inf), [x for _, x in zip(range(3), inf)])
