# groupby with and without keys (consecutive runs), and tee for independent iterators.
from itertools import groupby, tee
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
data = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
print([(k, [name for _, name in g]) for k, g in groupby(data, key=lambda t: t[0])])
print([(k, [n for _, n in g]) for k, g in groupby(sorted(data), key=lambda t: t[0])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
groups = groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
x, y, z = tee("abc", 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
def runs(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
print(runs("wwwwbbbwwwwwwww"))
