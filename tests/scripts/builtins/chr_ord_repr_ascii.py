# chr/ord round trips, repr/ascii/str of various objects.
for c in ["a", "Z", "0", " ", "\n", "é", "€", "中", "🐍", "\x00", "\U0010ffff"]:
    print(repr(c), ord(c), chr(ord(c)) == c, ascii(c))
print(chr(65), chr(0x263A), chr(128013), chr(0), repr(chr(127)), repr(chr(160)))
print([ord(c) for c in "Hello"], "".join(chr(i) for i in range(97, 107)))
values = [1, 1.5, "s", "é", b"b", [1, "é"], (1,), {"k": "ü"}, None, True, 1j, range(2), ..., frozenset(), set()]
for v in values:
    print(repr(v), ascii(v), str(v))
print(ascii("\t\n\x7f\x80"), repr("\t\n\x7f\x80"), ascii("plain"), ascii(["\u2028"]))
