# io.BytesIO: reading, writing past the end, seeking, readinto, lines, state and closed-file errors.
import io


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(result))


b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.tell(), b.read1(2), b.readline(), b.readline(), b.read(), b.read(5))
print(b.seek(2), b.write(b"LL"), b.getvalue(), b.tell())
print(b.seek(0, 2), b.seek(-3, 2), b.seek(2, 1), b.seek(-100, 1))
b.seek(15)
print(b.write(bytearray(b"!?")), b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
buf = bytearray(3)
print(b.readinto(buf), buf, b.readinto(bytearray(10)))
print(io.BytesIO(b"a\nb\nc").readlines(), io.BytesIO(b"a\nb\nc").readlines(2), list(io.BytesIO(b"x\ny")))
print(io.BytesIO(b"one\ntwo").readline(2), io.BytesIO().getvalue(), io.BytesIO(initial_bytes=b"kw").read())
w = io.BytesIO()
w.writelines([b"a", bytearray(b"b"), b"c"])
print(w.getvalue())
state = io.BytesIO(b"state")
state.read(2)
print(state.__getstate__())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())

attempt("write(str)", lambda: b.write("text"))
attempt("BytesIO(str)", lambda: io.BytesIO("text"))
attempt("seek(-1)", lambda: b.seek(-1))
attempt("seek(0, 3)", lambda: b.seek(0, 3))
attempt("seek(1.5)", lambda: b.seek(1.5))
attempt("truncate(-1)", lambda: b.truncate(-1))
attempt("readinto(bytes)", lambda: b.readinto(b"abc"))
attempt("read(1.5)", lambda: b.read(1.5))
attempt("fileno", b.fileno)
attempt("peek", lambda: b.peek())

b.close()
print(b.closed)
for name in ["read", "read1", "readline", "readlines", "write", "seek", "tell", "truncate", "getvalue",
             "readable", "flush", "isatty", "readinto", "__next__"]:
    args = {"write": (b"x",), "seek": (0,), "readinto": (bytearray(2),)}.get(name, ())
    attempt(name + " on closed", lambda: getattr(b, name)(*args))
print(iter(b) is b, b.close())
with io.BytesIO(b"ctx") as c:
    print(c.read())
attempt("enter on closed", lambda: c.__enter__())
print(isinstance(c, io.BufferedIOBase), isinstance(c, io.RawIOBase), issubclass(io.BytesIO, io.IOBase))
