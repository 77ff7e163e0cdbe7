# Builtins returning lists or iterators used together in realistic combinations.
scores = {"ann": 91, "bob": 78, "cid": 91, "dee": 85}
ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for place, (name, score) in enumerate(ranked, start=1):
    print(place, name, score)
names = ["x", "y", "z"]
values = [1, 2, 3]
print(dict(zip(names, values)), list(zip(*zip(names, values))), list(reversed(list(enumerate(names)))))
print([a * b for a, b in zip(values, reversed(values))], max(zip(values, names)), min(enumerate(names), key=lambda p: p[1]))
print(list(map(lambda t: "".join(t), zip("abc", "def", "ghi"))), sorted(zip("bca", [2, 3, 1])))
print(list(filter(None, map(lambda v: v % 2, range(6)))), sum(map(len, names)), list(enumerate(reversed("ab"))))
