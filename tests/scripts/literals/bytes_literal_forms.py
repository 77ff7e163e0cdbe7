# Bytes literal forms and their reprs.
cases = [b"", b"a", b"'", b'"', b"'\"", b"\\", b"\n\r\t", b"\x00\x7f\x80\xff",
         bytes(range(0, 256, 17)), b"mixed 'quotes' and \"double\""]
for c in cases:
    r = repr(c)
    print(r, eval(r) == c, len(c))
print(bytearray(b"abc"), repr(bytearray()), bytearray(b"'\""))
print(b"a" b"b" rb"\c")
print(b"abc"[0], b"abc"[-1:], b"abc"[::-1])
print(type(b"x"[0]).__name__, type(b"x"[:1]).__name__)
print(b"\x41\x42" == b"AB", b"A" < b"B", b"AB" > b"A")
print(list(b"hi"), bytes([104, 105]))
