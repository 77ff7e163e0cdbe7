# Key equality across numeric types, unhashable keys, KeyError repr for various keys.
d = {}
d[1] = "int"
d[1.0] = "float overwrote value, key stays int"
d[True] = "bool too"
print(d)
d2 = {0: "zero", False: "false", 0.0: "float"}
print(d2, len(d2))
print({(1, 2): "t"}[(1.0, 2.0)], {"a": 1}.get("a"), {frozenset({1}): 1}[frozenset([1])])
for key in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        {key: 1}
    except TypeError as e:
        print("TypeError", e)
for missing in ["name", 42, (1, "a"), None, 1.5, "", "quote'd", b"bytes"]:
    try:
        {}[missing]
    except KeyError as e:
        print("KeyError", repr(e), str(e), e.args)
try:
    {}[("single",)]
except KeyError as e:
    print("tuple key:", e, e.args)
try:
    {}[()]
except KeyError as e:
    print("empty tuple key:", e, e.args)
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name!r})"
kd = {Key("a"): 1}
print(kd.get(Key("a")), kd.get(Key("A")))
try:
    kd[Key("b")]
except KeyError as e:
    print("KeyError", e)
nan = float("nan")
nd = {nan: 1}
print(nd.get(nan), nd.get(float("nan")), len({float("nan"): 1, float("nan"): 2}))
