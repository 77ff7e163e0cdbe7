# str() constructor forms, decoding bytes, and conversion of various objects.
print(str(), str(""), str(0), str(-1.5), str(True), str(None), str([1, [2]]), str({1: "a"}))
print(str(b"hi", "utf-8"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "latin-1"), str(b"\xff", "utf-8", "replace"))
print(str(bytearray(b"ba"), "ascii"), str(b"x", encoding="ascii"), str(object=5))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    str(b"x", "no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    str(5, "utf-8")
except TypeError as e:
    print("TypeError", e)
print(str(1e100), str(10**30), str(2 + 0j), str(range(3)), str(slice(1, 2)), str(Ellipsis), str(NotImplemented))
print(str(int), str(len), str(str))
print(repr(str(b"b'q'")), str(["a", 'b"c'], ), str(("s",)))
