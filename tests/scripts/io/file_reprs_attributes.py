# What file objects show: reprs, name/mode/closed/encoding attributes, and the types open() returns.
from os import remove  # only to clean up the file
import io

path = "file_reprs_attributes.tmp"
for mode in ["w", "r", "a", "r+", "w+", "a+", "x"]:
    if mode == "x":
        remove(path)
    with open(path, mode) as f:
        print(mode, repr(f), type(f.buffer).__name__, repr(f.buffer.raw))
        print("  ", f.name, f.mode, f.encoding, f.errors, f.closed, f.readable(), f.writable(), f.seekable())
    print("  ", repr(f), f.closed, repr(f.buffer.raw))
for mode in ["rb", "wb", "ab", "r+b", "w+b", "xb"]:
    if mode == "xb":
        remove(path)
    with open(path, mode) as f:
        print(mode, repr(f), f.name, f.mode, f.closed, repr(f.raw))
    print("  ", repr(f), f.closed)
for mode in ["rb", "wb", "ab", "r+b"]:
    with open(path, mode, buffering=0) as f:
        print(mode, repr(f), f.mode, f.closefd, f.name)
    print("  ", repr(f))
with open(path, "w", encoding="latin-1", errors="replace", newline="") as f:
    print(repr(f), f.encoding, f.errors, f.newlines, f.line_buffering)
with open(path.encode(), "rb") as f:
    print(repr(f), f.name)
with open(path, buffering=1) as f:
    print(f.line_buffering, f.write_through)
f = io.FileIO(path)
print(repr(f), f.mode)
f.name = "renamed"
print(repr(f), vars(f))
f.close()
with open(path) as t:
    t.name2 = "extra"
    print(sorted(vars(t)), t.name2)
print(type(open).__name__, open.__name__, open.__module__, io.open is open)
remove(path)
