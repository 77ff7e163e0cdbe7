# bytes() and bytearray() constructors with every argument form.
print(bytes(), bytes(0), bytes(4), bytes([]), bytes([0, 127, 255]), bytes((65, 66)), bytes(range(3)))
print(bytes("héllo", "utf-8"), bytes("héllo", "latin-1"), bytes("x", encoding="ascii"), bytes("é", "ascii", "replace"))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes(x for x in [104, 105]))
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"b"), bytearray(range(65, 68)))
class Idx:
    def __index__(self):
        return 2
print(bytes(Idx()), bytes([Idx()]), bytearray(Idx()))
for bad in [lambda: bytes("s"), lambda: bytes(5, "utf-8"), lambda: bytes([1.5]), lambda: bytes(["a"]), lambda: bytes(None),
            lambda: bytes([256]), lambda: bytes(-1), lambda: bytearray("s"), lambda: bytes("é", "ascii"), lambda: bytes(b"x", "ascii")]:
    try:
        bad()
    except (TypeError, ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
