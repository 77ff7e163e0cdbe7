# str.encode with codecs and error handlers; bytes.decode back.
s = "café ☕ 🐍"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii"]:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:12])
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e)
for errors in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
    print(errors, s.encode("ascii", errors))
print(s.encode(), s.encode("UTF8") == s.encode("utf_8"), "".encode(), "abc".encode("ascii"))
b = s.encode("utf-8")
print(b.decode(), b.decode("utf-8") == s, b[:4].decode("utf-8", "ignore"), b[:5].decode("utf-8", "replace"))
try:
    b[:5].decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.encoding, e.start, e.end, e.reason)
    print(e)
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, repr(e.object[e.start:e.end]))
print(b"\xe9".decode("latin-1"), b"abc\xff".decode("ascii", "replace"), b"abc\xff".decode("ascii", "backslashreplace"))
print("\ud800".encode("utf-8", "surrogatepass"), "\ud800".encode("utf-8", "replace"))
try:
    "x".encode("bogus")
except LookupError as e:
    print("LookupError", e)
print("🐍".encode("utf-16"), len("🐍".encode("utf-16-le")), "Ā".encode("utf-8").hex())
