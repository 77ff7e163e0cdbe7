# Common bytes methods: split/join/strip/find/replace/startswith/upper/isX/partition/center/count.
b = b"  The Quick, Brown Fox  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" xoF"), b.split(), b.split(b","), b.rsplit(None, 1))
print(b.lower(), b.upper(), b.title(), b.swapcase(), b.strip().capitalize())
print(b.find(b"Quick"), b.find(b"q"), b.rfind(b"o"), b.index(b"T"), b.count(b"o"), b.count(b" "), b.find(111))
print(b.replace(b" ", b"_"), b.replace(b"o", b"0", 1), b.startswith(b"  T"), b.endswith((b"x", b"  ")))
print(b"-".join([b"a", b"b", b"c"]), b"".join([bytearray(b"x"), b"y", memoryview(b"z")]), b",".join([]))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"))
print(b"42".zfill(5), b"-7".zfill(4), b"a\tb".expandtabs(4), b"line1\nline2\r\nline3".splitlines(), b"x\ny".splitlines(True))
print(b"abc".isalpha(), b"123".isdigit(), b"ab12".isalnum(), b"  ".isspace(), b"abc".islower(), b"ABC".isupper(),
      b"Title Case".istitle(), b"\x80".isascii(), b"".isalpha())
print(b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"), b"abcabc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"hello".translate(None, b"l"), bytes.maketrans(b"", b"")[:5])
try:
    b"abc".join(["x"])
except TypeError as e:
    print("TypeError", e)
try:
    b"abc".split("b")
except TypeError as e:
    print("TypeError", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError", e)
print(b"%s-%d-%x-%r" % (b"bytes", 42, 255, "str"), b"%c%c" % (65, b"B"), b"%5s|%-5s|" % (b"ab", b"cd"), b"%%")
try:
    b"%s" % "text"
except TypeError as e:
    print("TypeError", e)
print(b"%(a)s %(b)d" % {b"a": b"A", b"b": 2})
