# bytes: construction, indexing returns ints, slicing, concatenation, comparison, hashing of ints.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b[::2], type(b[0]).__name__, type(b[:1]).__name__)
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), b"\x00\xff".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("x"), lambda: bytes(-1), lambda: bytes(1.5),
            lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"), lambda: b"a" + "b", lambda: b"abc"[10],
            lambda: b"x" * 1.5]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(b"abc" + b"def", b"ab" * 3, 3 * b"-", b"a" in b"cat", 97 in b"cat", b"" in b"x", b"abc" == b"abc", b"abc" < b"abd")
print(b"abc" == "abc", b"a" < b"ab", list(b"\x01\x02"), tuple(b"ab"), sorted(b"cba"), max(b"az"), sum(b"\x01\x02"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    "x" in b
except TypeError as e:
    print("TypeError", e)
try:
    300 in b
except ValueError as e:
    print("ValueError", e)
print(bytes(b"abc") is not None, b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
print(repr(b"\t\n\r\x0b\x0c"), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(bytes(range(30, 35))))
