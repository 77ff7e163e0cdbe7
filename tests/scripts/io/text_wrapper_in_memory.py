# io.TextIOWrapper over io.BytesIO: encodings, newlines, positions, flushing, detach and reconfigure.
import io


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(result))


data = io.BytesIO()
t = io.TextIOWrapper(data, encoding="utf-8", newline="\r\n")
print(t.write("héllo\nworld\n"), data.getvalue())
t.flush()
print(data.getvalue(), t.tell())
t.seek(0)
print(repr(t.read()), t.newlines)
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, t.buffer is data, t.name if hasattr(t, "name") else "no name")

t = io.TextIOWrapper(io.BytesIO("a\r\nb\rc\nd".encode("utf-16")), encoding="utf-16")
print(t.readlines(), t.newlines)
t.seek(0)
print(repr(t.readline()), t.tell() > 0)

for newline in [None, "", "\n", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(b"1\r\n2\r3\n"), encoding="ascii", newline=newline)
    print(repr(newline), t.readlines(), t.newlines)

t = io.TextIOWrapper(io.BytesIO(b"first\nsecond\n"), encoding="utf-8")
print(repr(t.readline()), t.tell())
t.seek(0)
print([line for line in t])
attempt("write to read-only", lambda: t.write("x"))

through = io.BytesIO()
t = io.TextIOWrapper(through, encoding="utf-8", write_through=True)
t.write("now")
print(through.getvalue())

held = io.BytesIO()
t = io.TextIOWrapper(held, encoding="latin-1")
t.write("café")
print(held.getvalue())
t.reconfigure(line_buffering=True)
t.write(" au lait\n")
print(held.getvalue(), t.line_buffering)
t.reconfigure(encoding="utf-8")
t.write("é\n")
print(held.getvalue(), t.encoding)
b = t.detach()
print(b is held, b.getvalue())
attempt("use after detach", lambda: t.write("x"))
attempt("repr after detach", lambda: repr(t))

t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="ascii")
t.read(1)
attempt("reconfigure after read", lambda: t.reconfigure(encoding="utf-8"))
attempt("bad newline", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
attempt("bad encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="klingon"))
attempt("no buffer", lambda: io.TextIOWrapper())
t = io.TextIOWrapper(io.BytesIO(b"x"))
print(t.encoding, repr(t))
t.close()
print(t.closed)
attempt("read closed", t.read)
print(t.close())
