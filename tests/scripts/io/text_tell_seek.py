# tell() and seek() in text files: cookies that round-trip, multi-byte characters, and the errors.
from os import remove  # only to clean up the file

path = "text_tell_seek.tmp"
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("first line\nsecond — ünïcode\r\nthird €\nlast")


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(result))


with open(path, encoding="utf-8") as f:
    marks = []
    while True:
        where = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((where, line))
    print(marks)
    for where, line in reversed(marks):
        f.seek(where)
        print(where, f.readline() == line)
    print(f.seek(0), repr(f.read(7)), f.tell(), repr(f.read(9)), f.tell())
    print(f.seek(0, 2), f.tell(), repr(f.read()))
    attempt("seek(5, 1)", lambda: f.seek(5, 1))
    attempt("seek(-2, 2)", lambda: f.seek(-2, 2))
    attempt("seek(0, 7)", lambda: f.seek(0, 7))
    attempt("seek(-1)", lambda: f.seek(-1))
    attempt("seek(0, 1)", lambda: f.seek(0, 1))
    f.seek(0)
    for line in f:
        attempt("tell while iterating", f.tell)
        break
    attempt("next", lambda: next(f))
    print(len(list(f)))
    attempt("tell after the loop", f.tell)

with open(path, "r+", encoding="utf-8") as f:
    f.seek(6)
    f.write("LINE")
    f.seek(0)
    print(repr(f.readline()))
    print(f.truncate(11), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(path, "a+", encoding="utf-8") as f:
    print(f.tell(), repr(f.read()))
    f.write(" appended")
    f.seek(0)
    print(repr(f.read()))
with open(path, "w+", encoding="utf-8") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.seek(f.tell())
    f.write("XYZ")
    f.seek(0)
    print(repr(f.read()))
remove(path)
