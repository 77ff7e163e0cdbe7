# defaultdict with list/int/set/lambda factories, __missing__ only on [] access, repr.
from collections import defaultdict
groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(groups, dict(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["z"], "z" in counts, len(counts))
print(counts.get("q"), "q" in counts)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"].keys()))
s = defaultdict(set)
s["x"].add(1); s["x"].add(1); s["y"].add(2)
print({k: sorted(v) for k, v in s.items()})
d = defaultdict(lambda: "default")
print(d["missing"], dict(d))
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError", e)
print(plain.default_factory, groups.default_factory is list, isinstance(groups, dict))
c = counts.copy()
print(type(c).__name__, c.default_factory is int)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
