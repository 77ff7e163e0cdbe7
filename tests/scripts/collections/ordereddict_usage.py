# OrderedDict: move_to_end, popitem(last=...), order-sensitive equality, reversed.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), list(reversed(od)))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)])
od3 = OrderedDict([("y", 2), ("x", 1)])
print(od2 == od3, dict(od2) == dict(od3), od2 == dict(od3), dict(od3) == od2)
try:
    od2.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
cache = OrderedDict()
def access(key, capacity=3):
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = key.upper()
        if len(cache) > capacity:
            cache.popitem(last=False)
    return list(cache)
for k in ["a", "b", "c", "a", "d", "b", "e"]:
    print(k, access(k))
print(repr(OrderedDict()), OrderedDict(a=1) | {"b": 2}, type(OrderedDict(a=1) | {"b": 2}).__name__)
