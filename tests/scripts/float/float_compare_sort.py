# Sorting and comparing floats, mixed with ints, and float keys in dicts.
data = [3.5, -1.25, 2, 0.0, -0.0, 1e-9, 10**18, 7, 2.0, -3]
print(sorted(data), sorted(data, reverse=True))
print(min(data), max(data), sum(data))
d = {}
for v in [1, 1.0, 2.5, 0.0, -0.0, 0]:
    d[v] = d.get(v, 0) + 1
print(d)
print(2.5 in {2.5: "x"}, 0.1 + 0.2 in {0.3: "x"}, 1.0 in {1})
print(sorted([0.3, 0.1 + 0.2, 0.30000000000000004]))
print(sorted(["1.5", "10.0", "2.25"], key=float))
pairs = [(1.5, "b"), (1.5, "a"), (0.5, "z")]
print(sorted(pairs), max(pairs), sorted(pairs, key=lambda p: p[0]))
