# Writing and reading a text file in the program's folder: write/read/readline/readlines/iteration.
from os import remove  # only to clean up the file
path = "text_file_roundtrip.tmp"
with open(path, "w", encoding="utf-8") as f:
    print(type(f).__name__, f.mode, f.name, f.closed, f.writable(), f.readable())
    n = f.write("first line\n")
    f.write("second line — with unicode ✓\n")
    f.writelines(["third\n", "fourth"])
    print("wrote", n)
print(f.closed)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(5)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line.rstrip("\n")))
with open(path, "a", encoding="utf-8") as f:
    f.write("\nappended")
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])
with open(path, "r+", encoding="utf-8") as f:
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
remove(path)
try:
    open(path).close()
    print("still there")
except FileNotFoundError:
    print("removed")
