# json.dumps formatting options: indent, separators, sort_keys, ensure_ascii,
# float and int repr, special floats, default, skipkeys, cls.
import json
import math
from collections import OrderedDict
from enum import IntEnum

data = {"b": [1, 2, {"z": None, "a": []}], "a": {}, "c": "text", "d": [[]]}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
for indent in (0, 1, 4, "", "  ", "--"):
    print(repr(indent))
    print(json.dumps(data, indent=indent, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2, separators=(", ", " = ")))
print(json.dumps([1, [2, [3]]], indent=3))
print(json.dumps([], indent=2), json.dumps({}, indent=2))

# floats as float.__repr__ and ints as int.__repr__
for f in [0.0, -0.0, 1.0, 1.5, 0.1, 0.1 + 0.2, 1e16, 1e15, 1e-5, 1e-4,
          123456789.123, 5e-324, 1.7976931348623157e308, -2.5e-10, 1e22]:
    print(json.dumps(f), json.dumps([f]), json.dumps({f: f}))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps({float("nan"): 1, float("inf"): 2, -math.inf: 3}))
print(json.dumps(2 ** 100), json.dumps(-2 ** 70))


class Color(IntEnum):
    RED = 1


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


print(json.dumps([Color.RED, {Color.RED: Color.RED}]))
print(json.dumps(MyFloat(2.5)), json.dumps([MyFloat(0.5)]))
print(json.dumps(MyStr("s")), json.dumps({MyStr("k"): MyStr("v")}))
print(json.dumps([True, False, None, {True: False, False: None, None: True}]))

# ensure_ascii
s = "a\u00e9\u4e2d\U0001f600\x00\x1f\x7f\"\\/\b\f\n\r\t\u2028"
print(json.dumps(s))
print(ascii(json.dumps(s, ensure_ascii=False)))
print(json.dumps({s: [s]}))
print(ascii(json.dumps({s: [s]}, ensure_ascii=False)))
print(json.dumps("\ud800\udfff"), json.dumps("\U0010ffff"))

# default
print(json.dumps({"s": {1, 2}}, default=sorted))
print(json.dumps([complex(1, 2)], default=lambda c: [c.real, c.imag]))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"x": frozenset("abc")}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([{1}]))
print(list(json.JSONEncoder().iterencode([1, {"a": 2}])) != [])
print("".join(json.JSONEncoder(sort_keys=True).iterencode({"b": 1, "a": [2]})))
enc = json.JSONEncoder()
print(enc.item_separator, enc.key_separator,
      json.JSONEncoder(indent=2).item_separator)

# skipkeys
print(json.dumps({(1, 2): 3, "a": 1, (3,): 4, "b": 2}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))

# check_circular=False still works on acyclic data
print(json.dumps([[1], [1]], check_circular=False))
shared = [1]
print(json.dumps([shared, shared, {"x": shared}]))
