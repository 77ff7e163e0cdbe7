# Streams written in Python on the io base classes, and the buffered and text layers over them.
import io


class Chunks(io.RawIOBase):
    """A raw stream that hands out at most three bytes per read."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        n = min(len(buffer), 3, len(self.data) - self.pos)
        buffer[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


class Sink(io.RawIOBase):
    def __init__(self):
        self.writes = []

    def writable(self):
        return True

    def write(self, data):
        self.writes.append(bytes(data))
        return len(data)


raw = Chunks(b"hello\nworld\nbye")
print(raw.read(4), raw.read(), raw.read(), raw.readable(), raw.writable(), raw.closed)
print(Chunks(b"a\nbc\n").readline(), Chunks(b"a\nbc\n").readlines(), list(Chunks(b"x\ny")))
print(Chunks(b"all of it").readall())

reader = io.BufferedReader(Chunks(b"hello\nworld\nbye"), 4)
print(reader.read(2), reader.peek(), reader.readline(), reader.read1(10), reader.read())
print(repr(reader), reader.raw.pos)

sink = Sink()
writer = io.BufferedWriter(sink, 4)
writer.write(b"ab")
writer.write(b"cdef")
writer.write(b"g")
print(sink.writes)
writer.flush()
print(sink.writes)
writer.write(b"0123456789")
print(sink.writes)
writer.close()
print(sink.writes, sink.closed, writer.closed)

text = io.TextIOWrapper(io.BufferedReader(Chunks("héllo\nwörld\n€nd".encode())), encoding="utf-8")
print(list(text), text.newlines)

sink = Sink()
out = io.TextIOWrapper(io.BufferedWriter(sink), encoding="utf-8", line_buffering=True)
out.write("partial")
print(sink.writes)
out.write(" line\nnext")
print(sink.writes)
out.flush()
print(sink.writes, out.line_buffering)
out.close()
print(sink.closed)


class Lines(io.IOBase):
    def __init__(self):
        self.lines = [b"one\n", b"two\n"]

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else b""


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(result))


lines = Lines()
print(list(lines), lines.closed, lines.readable(), lines.writable(), lines.seekable(), lines.isatty())
attempt("fileno", lines.fileno)
attempt("seek", lambda: lines.seek(0))
attempt("tell", lines.tell)
attempt("truncate", lines.truncate)
attempt("_checkReadable", lines._checkReadable)
with lines as same:
    print(same is lines, lines.closed)
print(lines.closed)
attempt("iter after close", lambda: iter(lines))
attempt("flush after close", lines.flush)
attempt("with after close", lambda: lines.__enter__())
print(isinstance(lines, io.IOBase), isinstance(raw, io.RawIOBase), isinstance(raw, io.BufferedIOBase))


class Greeting(io.TextIOBase):
    def read(self, size=-1):
        return "hi"


g = Greeting()
print(g.read(), g.encoding, g.errors, g.newlines)
attempt("readline", g.readline)
attempt("write", lambda: g.write("x"))
attempt("detach", g.detach)
