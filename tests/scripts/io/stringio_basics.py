# io.StringIO: writing, reading, positions, truncation, newline handling and closed-file errors.
import io


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(result))


s = io.StringIO()
print(s.write("hello "), s.write("wörld\n"), s.write(""), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), s.tell(), repr(s.readline()), repr(s.read()))
s.seek(2)
s.write("LL")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0)
print(s.truncate(), repr(s.getvalue()))

s = io.StringIO("line 1\nline 2\r\nline 3")
print(s.readlines())
s.seek(0)
print([line for line in s])
print(io.StringIO("a\nb\nc").readlines(2), io.StringIO("abc\ndef").readline(2))
print(repr(io.StringIO("é€𝄞x").read(3)), io.StringIO(None).getvalue() == "")

for newline in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=newline)
    s.write("a\nb\rc\r\nd")
    s.seek(0)
    print(repr(newline), repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO(newline=None)
s.write("x\r")
s.write("\ny")
print(repr(s.getvalue()), s.newlines)

s = io.StringIO("abc")
attempt("seek(-1)", lambda: s.seek(-1))
attempt("seek(1, 1)", lambda: s.seek(1, 1))
attempt("seek(0, 2)", lambda: s.seek(0, 2))
attempt("seek(0, 3)", lambda: s.seek(0, 3))
attempt("truncate(-1)", lambda: s.truncate(-1))
attempt("write(bytes)", lambda: s.write(b"x"))
attempt("StringIO(bytes)", lambda: io.StringIO(b"x"))
attempt("newline='x'", lambda: io.StringIO("", newline="x"))
attempt("newline=1", lambda: io.StringIO("", newline=1))
attempt("readline(1.5)", lambda: s.readline(1.5))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.encoding, s.errors)
attempt("fileno", s.fileno)
attempt("detach", s.detach)

with io.StringIO("kept") as s:
    print(s.closed, s.read())
print(s.closed)
for name in ["read", "readline", "write", "seek", "tell", "truncate", "getvalue", "readable"]:
    args = {"write": ("x",), "seek": (0,)}.get(name, ())
    attempt(name + " on closed", lambda: getattr(s, name)(*args))
attempt("iter on closed", lambda: iter(s))
attempt("readlines on closed", s.readlines)
print(s.close(), s.flush())


class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


u = Upper()
print("shouted", "text", file=u)
print(repr(u.getvalue()), type(u).__name__, isinstance(u, io.TextIOBase))
