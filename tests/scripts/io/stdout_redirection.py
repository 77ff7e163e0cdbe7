# Redirecting output: sys.stdout replaced by a StringIO, contextlib.redirect_stdout/stderr, print(file=...).
import contextlib
import io
import sys

saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2.5, sep="|")
print("no newline", end="")
sys.stdout.write("!")
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))

with contextlib.redirect_stdout(io.StringIO()) as out:
    print("inside redirect_stdout")
    print("second line")
print(repr(out.getvalue()))

with contextlib.redirect_stderr(io.StringIO()) as err:
    print("to stderr", file=sys.stderr)
    sys.stderr.write("written\n")
print(repr(err.getvalue()))

log = io.StringIO()
for i in range(3):
    print("entry", i, file=log)
print(log.getvalue(), end="")
print("flushed", file=log, flush=True)
print(log.getvalue().splitlines()[-1])


class Collector:
    """Any object with write() can stand in for a file."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print("a", "b", file=c)
print("c", file=c, flush=True)
print(c.parts)
with contextlib.redirect_stdout(c):
    print("via collector")
print(c.parts[-2:])

print(sys.stdout is sys.__stdout__, type(sys.stdout).__name__, sys.stdout.name, sys.stdout.mode)
print(sys.stdout.encoding, sys.stderr.errors, sys.stdout.writable(), sys.stdout.readable())
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase), isinstance(sys.stdout, io.TextIOWrapper))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedRandom, io.BufferedIOBase))
print(io.TextIOWrapper.__mro__)
print(io.TextIOBase.__mro__)
print(io.UnsupportedOperation.__mro__, io.UnsupportedOperation.__module__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
sys.stdout.buffer.write(b"raw bytes through the buffer\n")
sys.stdout.flush()
print("last line")
