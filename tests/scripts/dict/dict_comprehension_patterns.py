# Common dict patterns: counting, grouping, inverting, merging, nested dicts, get-or-create.
words = "apple banana avocado cherry blueberry apricot cranberry".split()
counts = {}
for w in words:
    counts[w[0]] = counts.get(w[0], 0) + 1
print(counts)
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
by_len = {n: [w for w in words if len(w) == n] for n in sorted({len(w) for w in words})}
print(by_len)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
defaults = {"color": "red", "size": "M", "qty": 1}
overrides = {"size": "L", "qty": 3}
print({**defaults, **overrides}, defaults | overrides)
nested = {}
for path, value in [("a.b.c", 1), ("a.b.d", 2), ("a.e", 3), ("f", 4)]:
    node = nested
    *parents, leaf = path.split(".")
    for p in parents:
        node = node.setdefault(p, {})
    node[leaf] = value
print(nested)
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
print(flatten(nested))
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(matrix)
print(max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
print({k: v for k, v in sorted(counts.items(), key=lambda kv: kv[1], reverse=True)})
