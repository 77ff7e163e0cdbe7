# Text files and newline=: translation on reading (None, '', '\n', '\r', '\r\n'), on writing, and f.newlines.
from os import remove  # only to clean up the file

path = "text_newline_modes.tmp"
with open(path, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rmixed\n\rlast")

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=newline) as f:
        print(repr(newline), "lines:", f.readlines(), "seen:", f.newlines)
    with open(path, newline=newline) as f:
        print(repr(newline), "read:", repr(f.read()), "seen:", f.newlines)
    with open(path, newline=newline) as f:
        print(repr(newline), "chunks:", [f.read(4) for _ in range(8)])
    with open(path, newline=newline) as f:
        print(repr(newline), "limited:", [f.readline(5) for _ in range(7)])

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=newline) as f:
        count = f.write("one\ntwo\r\nthree\r")
    with open(path, "rb") as f:
        print(repr(newline), "wrote", count, "chars:", f.read())

with open(path, "w") as f:
    f.write("a\r")
    f.write("\nb")
with open(path) as f:
    print(repr(f.readline()), f.newlines, repr(f.readline()), f.newlines)
with open(path, newline="") as f:
    print([line for line in f])

with open(path, "w") as f:
    print("printed", "line", file=f)
    print("second", end="\r\n", file=f)
    f.writelines(["x\n", "y\n"])
with open(path, "rb") as f:
    print(f.read())
with open(path) as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line))
remove(path)
