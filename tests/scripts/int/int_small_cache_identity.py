# Integer equality never depends on identity; results of operations compared with ==.
a = 256
b = 255 + 1
print(a == b, a + 0 == b)
c = 10**20
d = 10**20
print(c == d, hash(c) == hash(d))
values = [int("1000"), 10**3, 1000, 999 + 1, 2000 // 2]
print(all(v == 1000 for v in values), len(set(values)))
print(int("0"), int("-0"), -0 == 0, 0 * -1, str(0 * -1))
counts = {}
for v in [1, 1.0, True, 2, 2.0, 10**20, 1e20]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(sorted({3: 1, 1: 2, 2: 3}), sorted({-1, -5, 3, 0}))
print(id(a) == id(a), type(a) is int, isinstance(10**100, int))
