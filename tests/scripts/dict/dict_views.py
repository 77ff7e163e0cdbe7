# keys/values/items views: live updates, set operations, membership, reversed, errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 0)}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    v == v
    print("values views compare by identity:", v == d.values())
except TypeError as e:
    print("TypeError", e)
try:
    k[0]
except TypeError as e:
    print("TypeError", e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(k.mapping == d, dict(it) == d)
for key in d:
    d[key] *= 10
print(d)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d2 = {"x": 1, "y": 2}
try:
    for key in d2.keys():
        del d2[key]
except RuntimeError as e:
    print("RuntimeError", e)
print(d2)
print(list({1: "a", 2: "b"}.items())[::-1], sorted({"x": 1}.keys() | ["y"]))
