# sort and sorted are stable; key functions, reverse keeps stability, sorting records.
records = [("ann", 30, "nyc"), ("bob", 25, "sf"), ("cid", 30, "la"), ("dee", 25, "nyc"), ("eve", 35, "sf"), ("fay", 30, "sf")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_city = sorted(records, key=lambda r: r[2])
print(sorted(by_city, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[2], -r[1])))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
data = [3, 1, 2]
print(sorted(data), data, sorted("hello"), sorted({3: "x", 1: "y"}), sorted((3, 2, 1)), sorted([], reverse=True))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
lst = [5, 3, 1]
def bad_key(x):
    if x == 1:
        raise ValueError("bad key")
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e, lst)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), sorted([Cmp(1), Cmp(1)], reverse=True))
try:
    sorted([1, None, 2])
except TypeError as e:
    print("TypeError", e)
mutating = [3, 2, 1]
def key_mutates(x):
    mutating.append(0)
    return x
try:
    mutating.sort(key=key_mutates)
except ValueError as e:
    print("ValueError", e)
print(sorted(["b", "a", "C"], key=str.lower), sorted([-3, 2, -1], key=abs), sorted([[2, 1], [1, 2], [1]]))
