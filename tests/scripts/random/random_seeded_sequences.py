# After random.seed(N) every function gives CPython's exact numbers: the
# Mersenne Twister, its seeding from ints of any size, and the algorithms
# layered on it.
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7), random.randrange(2**80))
print(random.choice("abcdefg"), random.choice(range(1000)), random.choice([1, 2, 3]))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(100), 10), random.sample(range(10**6), 5), random.sample("abcdef", 6))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.uniform(1, 10), random.gauss(), random.gauss(5, 2), random.gauss())
print(random.normalvariate(), random.lognormvariate(0, 1), random.expovariate(), random.expovariate(2.5))
print(random.triangular(), random.triangular(0, 10, 2), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
print(random.gammavariate(0.5, 1), random.gammavariate(1.0, 2), random.gammavariate(5, 1), random.betavariate(2, 3))
print(random.paretovariate(3), random.weibullvariate(1, 2))
print(random.binomialvariate(10, 0.3), random.binomialvariate(100, 0.5), random.binomialvariate(50, 0.9), random.binomialvariate())
print(random.choices("abc", k=5), random.choices("abc", weights=[1, 2, 7], k=5), random.choices(range(4), cum_weights=[1, 1, 3, 10], k=4))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
print(random.randbytes(10))
state = random.getstate()
first = random.random()
random.setstate(state)
print(first == random.random(), len(state[1]), state[0])
gen = random.Random(12345)
print(gen.random(), gen.randint(0, 10**30))
for seed in [-12345, 2**100 + 7, 0, 1, 2**32, 2**32 - 1, 3.25, -0.5, True]:
    gen.seed(seed)
    print(seed, gen.random(), gen.randrange(1000))
gen.seed("hello", version=1)
print(gen.random())
gen.seed(b"hi", version=1)
print(gen.random())
a, b = random.Random(99), random.Random(99)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
random.seed(2024)
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(sorted(random.sample(range(1, 50), 6)), random.choice(deck))
total = 0.0
for _ in range(10000):
    total += random.random()
print(total)
