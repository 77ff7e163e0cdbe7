# UnicodeDecodeError/EncodeError attributes and messages; constructing them directly.
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    "ab\u20accd".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    "\u20ac\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(str(e))
try:
    b"\xff\xfe\xfd".decode("ascii")
except UnicodeDecodeError as e:
    print(str(e))
e = UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "invalid start byte")
print(e, e.args)
e2 = UnicodeEncodeError("ascii", "x\xe9y", 1, 2, "ordinal not in range(128)")
print(e2)
print(isinstance(e, ValueError), issubclass(UnicodeDecodeError, UnicodeError))
