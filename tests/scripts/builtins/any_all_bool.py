# any/all short-circuiting and truthiness; bool() of many values.
def noisy(v):
    print("checked", v)
    return v
print(any(noisy(x) for x in [0, "", 3, 4]))
print(all(noisy(x) for x in [1, 2, 0, 4]))
print(any([]), all([]), any([0, None, ""]), all([1, "a", [0]]), any(iter([False, True])), all(range(1, 5)))
print(any("abc"), all(""), any({0: 1}), all({0: 1}), any({0}), all([[], [1]]))
for v in [0, 1, -1, 0.0, 1e-300, "", " ", [], [[]], (), {}, set(), None, 0j, range(0), range(1), b"", bytearray(b"\x00")]:
    print(repr(v), bool(v))
