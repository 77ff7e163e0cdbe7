# random's argument errors, seeding rules, and subclasses that supply only
# random() (integers are then drawn from it).
import random

for bad in [lambda: random.randrange(0), lambda: random.randrange(3, 3), lambda: random.randrange(1, 10, 0),
            lambda: random.randrange(10, 1, 2), lambda: random.randrange(1.5), lambda: random.randrange(5, step=2),
            lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1),
            lambda: random.sample([1, 2], 1, counts=[1]), lambda: random.seed([1]), lambda: random.getrandbits(-1),
            lambda: random.choices("ab", [1], k=1), lambda: random.choices("ab", 3),
            lambda: random.choices("ab", weights=[1, 1], cum_weights=[1, 2]), lambda: random.choices("ab", [0, 0]),
            lambda: random.gammavariate(0, 1), lambda: random.binomialvariate(-1), lambda: random.binomialvariate(3, 1.5),
            lambda: random.setstate((9, 1, 2)), lambda: random.Random().setstate((3, (1, 2), None))]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)


class Half(random.Random):
    def random(self):
        return 0.5


h = Half()
print(h.randrange(10), h.choice("abcd"), h.uniform(0, 4), h.randint(1, 3))


class Counter(random.Random):
    def __init__(self):
        self.n = 0
        super().__init__(1)

    def getrandbits(self, k):
        self.n += 1
        return super().getrandbits(k)


c = Counter()
print(c.randrange(1000), c.n >= 1)
print(random.Random(5).binomialvariate(1, 0.5), random.Random(5).binomialvariate(0, 0.3), random.Random(5).binomialvariate(7, 0.0))
print(random.SystemRandom().random() < 1.0, len(random.SystemRandom().randbytes(4)), 0 <= random.SystemRandom().randrange(10) < 10)
try:
    random.SystemRandom().getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(sorted(random.__all__)[:5], isinstance(random.Random(), random.Random))
