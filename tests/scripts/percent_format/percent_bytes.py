# %-formatting of bytes: %b/%s with bytes-like objects, %a, numbers, %c with ints and bytes.
print(b"%s %b" % (b"one", bytearray(b"two")))
print(b"%d %5d %-5d| %05.1f %x %X %o %e" % (1, 2, 3, 4.25, 255, 255, 8, 1.5))
print(b"%c%c" % (104, b"i"), b"%a" % "é", b"%r" % b"x", b"%%" % ())
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
print(b"%s" % memoryview(b"mv"), b"%.2s" % b"truncate", b"%10s|" % b"pad")
class HasBytes:
    def __bytes__(self):
        return b"custom"
print(b"%s" % HasBytes(), b"%b" % HasBytes())
for fmt, args in [(b"%s", "str"), (b"%c", 256), (b"%c", b"ab"), (b"%d", b"1"), (b"%s", 5), (b"%s %s", (b"x",))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print(bytearray(b"%d-%d") % (1, 2), type(bytearray(b"%s") % b"x").__name__)
