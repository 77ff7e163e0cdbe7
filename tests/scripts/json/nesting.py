# Deeply nested documents and values: json nests as deep as CPython's C
# scanner and encoder allow and raises their RecursionError beyond that;
# circular structures and default() results at depth.
import json


def nested_list(depth):
    x = []
    for _ in range(depth):
        x = [x]
    return x


def attempt(fn, *args, **kw):
    try:
        result = fn(*args, **kw)
        return "ok %d" % len(result) if isinstance(result, str) else "ok"
    except RecursionError as e:
        return "RecursionError: %s" % e
    except ValueError as e:
        return "ValueError: %s" % e


for depth in (10, 500, 1000, 1497, 1498, 5000, 100000):
    print(depth, attempt(json.loads, "[" * depth + "]" * depth))
    print(depth, attempt(json.loads, '{"k":' * depth + "0" + "}" * depth))

# (At exactly 1497 CPython fails while making the error itself.)
for depth in (10, 500, 1000, 1498, 5000, 100000):
    print(depth, attempt(json.loads, "[" * depth))
    print(depth, attempt(json.loads, '[{"a":' * (depth // 2) + "x"))

for depth in (10, 500, 1495, 1496, 1497, 3000):
    print(depth, attempt(json.dumps, nested_list(depth)))
    print(depth, attempt(json.dumps, nested_list(depth), separators=(",", ":")))

for depth in (10, 500, 900, 2000):
    print(depth, attempt(json.dumps, nested_list(depth), indent=1))

v = json.loads("[" * 1000 + "1" + "]" * 1000)
n = 0
while isinstance(v, list):
    v = v[0]
    n += 1
print(n, v)

deep = nested_list(50)
inner = deep
for _ in range(49):
    inner = inner[0]
inner.append(deep)
print(attempt(json.dumps, deep), attempt(json.dumps, deep, indent=2))
print(attempt(json.dumps, [object()] * 3, default=lambda o: [1, {"x": 2}]))
print(json.dumps({"a": [{"b": [{"c": []}]}]}, indent=2))
