# Encoding text to bytes and back with several codecs; byte-level manipulation of UTF-8.
texts = ["plain ascii", "naïve café", "日本語テキスト", "emoji 🐍🚀", "mixed: Ωμέγα + русский"]
for t in texts:
    u8 = t.encode("utf-8")
    u16 = t.encode("utf-16-le")
    print(len(t), len(u8), len(u16), u8.decode("utf-8") == t, u16.decode("utf-16-le") == t, u8[:8])
def utf8_lengths(s):
    return [len(ch.encode()) for ch in s]
print(utf8_lengths("aé€🐍"))
raw = "é".encode("utf-8")
print(raw, [bin(b) for b in raw], raw.decode("latin-1"), raw.decode("latin-1").encode("latin-1").decode("utf-8"))
data = bytes(range(0x80, 0x85))
print(data.decode("latin-1"), data.decode("utf-8", "replace"), data.decode("utf-8", "ignore"), data.decode("utf-8", "backslashreplace"))
try:
    data.decode("utf-8")
except UnicodeDecodeError as e:
    print(e.reason, e.start, e.end, e)
try:
    b"\xf0\x9f\x90".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    b"\xc3\x28".decode()
except UnicodeDecodeError as e:
    print(e)
print(b"\xef\xbb\xbfBOM".decode("utf-8-sig"), "x".encode("utf-8-sig"), b"abc".decode("ascii"))
print("".join(chr(b) for b in b"bytes->str"), bytes(ord(c) for c in "str->bytes"))
