# Tuples as records: unpacking in loops, swapping, returning multiple values, zip(*).
people = [("ann", 30), ("bob", 25), ("cat", 35)]
for name, age in people:
    print(f"{name:>5} {age:3d}")
names, ages = zip(*people)
print(names, ages, sum(ages) / len(ages))
oldest = max(people, key=lambda p: p[1])
print(oldest)
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *middle, last = (1, 2, 3, 4, 5)
print(first, middle, last, type(middle).__name__)
coords = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in coords], dict(coords), list(map(sum, coords)))
t = tuple(range(5))
print(t[1:4], t[::2], 3 in t, t.count(3), len(t + t))
