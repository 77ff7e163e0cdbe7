# Every dict method and the order-preserving semantics of each.
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("new", []), d)
d["new"].append(1)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(a=20)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], 0), dict.fromkeys([]))
c = d.copy()
c["x"] = "changed"
print(d["x"], c["x"])
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("ab", range(2))), dict())
m = {"a": 1, "b": 2}
n = {"b": 3, "c": 4}
print(m | n, n | m, m)
m |= n
print(m)
m |= [("d", 5)]
print(m)
try:
    m | [("e", 1)]
except TypeError as e:
    print("TypeError", e)
order = {}
order["z"] = 1
order["a"] = 2
order["m"] = 3
del order["a"]
order["a"] = 4
order["z"] = 5
print(order, list(reversed(order)), list(reversed(order.items())))
print(dict(sorted(order.items())), dict(sorted(order.items(), key=lambda kv: kv[1])))
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} != {1: 2})
try:
    {} < {}
except TypeError as e:
    print("TypeError", e)
