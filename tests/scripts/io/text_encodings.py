# Encodings of text files: UTF-8 (with and without a BOM), UTF-16/32, Latin-1, ASCII, errors= handlers.
from os import remove  # only to clean up the file

path = "text_encodings.tmp"


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(result))


def raw():
    with open(path, "rb") as f:
        return f.read()


for encoding in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be",
                 "latin-1", "iso-8859-1", "ascii", "UTF8", "U16"]:
    with open(path, "w", encoding=encoding) as f:
        f.write("ab\n")
        f.write("cd\n")
    with open(path, "a", encoding=encoding) as f:
        f.write("ef")
    with open(path, encoding=encoding) as f:
        first = f.readline()
        where = f.tell()
        rest = f.read()
        f.seek(where)
        print(encoding, f.encoding, raw(), repr(first), where, repr(rest), f.read() == rest)

with open(path, "w", encoding="utf-8") as f:
    f.write("naïve café — 𝄞\n")
print(raw())
with open(path, encoding="utf-8") as f:
    print(repr(f.read(3)), f.tell(), repr(f.read()))

with open(path, "wb") as f:
    f.write(b"ok \xe9\xff bytes\n\xc3")
attempt("strict read", lambda: open(path, encoding="utf-8").read())
attempt("strict readline", lambda: open(path, encoding="utf-8").readline())
attempt("ascii read", lambda: open(path, encoding="ascii").read())
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    with open(path, encoding="utf-8", errors=errors) as f:
        print(errors, ascii(f.read()), f.errors)
with open(path, encoding="latin-1") as f:
    print(ascii(f.read()))
with open(path, encoding="utf-8", errors="replace") as f:
    head = f.read(4)
    where = f.tell()
    print(ascii(head), ascii(f.read(3)))
    f.seek(where)
    print(ascii(f.read()))

attempt("encode ascii", lambda: open(path, "w", encoding="ascii").write("café"))
attempt("encode latin-1", lambda: open(path, "w", encoding="latin-1").write("€"))
with open(path, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("café €")
print(raw())
with open(path, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("café €")
print(raw())
with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write("raw \udcff byte")
print(raw())
attempt("unknown encoding", lambda: open(path, encoding="no-such-codec"))
attempt("encoding type", lambda: open(path, encoding=8))
attempt("unknown handler", lambda: open(path, "w", encoding="ascii", errors="nope").write("é"))
remove(path)
