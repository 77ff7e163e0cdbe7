# Errors of file objects: open() arguments, missing files, closed files, wrong modes, detached and uninitialized objects.
from os import remove  # only to clean up the file
import io

path = "file_object_errors.tmp"
with open(path, "w") as f:
    f.write("content\n")


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(result))


attempt("missing", lambda: open("file_object_errors.missing"))
try:
    open("no_such_dir/file.txt", "w")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
attempt("exists", lambda: open(path, "x"))
attempt("directory", lambda: open("."))
attempt("directory rb", lambda: open(".", "rb"))
for mode in ["z", "rw", "rr", "wt+b", "", "+", "b", "tb", "rU", "ax"]:
    attempt("mode " + repr(mode), lambda: open(path, mode))
attempt("mode type", lambda: open(path, 1))
attempt("buffering type", lambda: open(path, buffering="1"))
attempt("text unbuffered", lambda: open(path, "w", buffering=0))
attempt("binary encoding", lambda: open(path, "rb", encoding="utf-8"))
attempt("binary errors", lambda: open(path, "rb", errors="strict"))
attempt("binary newline", lambda: open(path, "rb", newline=""))
attempt("bad newline", lambda: open(path, newline="\n\n"))
attempt("newline type", lambda: open(path, newline=b"\n"))
attempt("closefd with name", lambda: open(path, closefd=False))
attempt("file type", lambda: open(2.5))
attempt("file None", lambda: open(None))
attempt("null byte", lambda: open("bad\0name"))
attempt("keyword", lambda: open(path, foo=1))
attempt("twice", lambda: open(path, "r", mode="r"))
attempt("too many", lambda: open(path, "r", -1, None, None, None, True, None, 9))
attempt("no file", lambda: open())
attempt("opener -1", lambda: open(path, opener=lambda name, flags: -1))
attempt("opener str", lambda: open(path, opener=lambda name, flags: "3"))

for mode in ["r", "w", "rb", "wb", "r+b"]:
    f = open(path, mode)
    f.close()
    f.close()
    print(mode, f.closed)
    for name in ["read", "readline", "write", "seek", "tell", "flush", "truncate", "fileno", "isatty",
                 "readable", "writable", "seekable", "__iter__", "__next__", "__enter__"]:
        arg = {"write": ("x" if "b" not in mode else b"x",), "seek": (0,)}.get(name, ())
        attempt("  " + name, lambda: getattr(f, name)(*arg))

with open(path) as f:
    attempt("write to r", lambda: f.write("x"))
    attempt("truncate r", lambda: f.truncate())
    attempt("write bytes", lambda: f.write(b"x"))
with open(path, "w") as f:
    attempt("read from w", f.read)
    attempt("readline from w", f.readline)
    attempt("iterate w", lambda: next(iter(f)))
with open(path, "rb") as f:
    attempt("write to rb", lambda: f.write(b"x"))
    attempt("read(-2)", lambda: f.read(-2))
    attempt("read(1.5)", lambda: f.read(1.5))
    attempt("seek(1.5)", lambda: f.seek(1.5))
    attempt("seek whence 9", lambda: f.seek(0, 9))
with open(path, "wb") as f:
    attempt("read from wb", f.read)
    attempt("write str", lambda: f.write("text"))
    attempt("peek on writer", lambda: f.peek())
with open(path, "rb", buffering=0) as f:
    attempt("raw write", lambda: f.write(b"x"))
    attempt("raw readinto bytes", lambda: f.readinto(b"xx"))

t = open(path, "r+")
raw = t.buffer.raw
b = t.detach()
attempt("detached read", t.read)
attempt("detached closed", lambda: t.closed)
print(repr(t), repr(b), b.closed)
r = b.detach()
attempt("detached buffer", lambda: b.read())
print(repr(b), r is raw, r.closed)
r.close()
attempt("uninitialized BufferedReader", lambda: io.BufferedReader.__new__(io.BufferedReader).read())
attempt("uninitialized TextIOWrapper", lambda: repr(io.TextIOWrapper.__new__(io.TextIOWrapper)))
attempt("uninitialized FileIO", lambda: repr(io.FileIO.__new__(io.FileIO)))
attempt("BufferedWriter over a reader", lambda: io.BufferedWriter(io.FileIO(path)))
attempt("BufferedReader size 0", lambda: io.BufferedReader(io.BytesIO(), 0))
attempt("descriptor on other type", lambda: io.FileIO.read(io.BytesIO()))
remove(path)
attempt("removed", lambda: open(path))
