# Binary files: BufferedReader/Writer/Random and unbuffered FileIO, read/read1/peek/readinto/readline, seeking.
from os import remove  # only to clean up the file
import io

path = "buffered_binary_files.tmp"
data = bytes(range(256)) * 40

with open(path, "wb") as f:
    print(type(f).__name__, f.write(data[:100]), f.write(bytearray(data[100:])), f.tell(), f.mode, f.name)
    print(f.writable(), f.readable(), f.seekable(), f.raw.mode, type(f.raw).__name__)

with open(path, "rb", buffering=64) as f:
    print(type(f).__name__, f.read(3), f.tell())
    print(len(f.read1(1000)), f.tell())
    print(f.peek(2)[:2], f.tell())
    buf = bytearray(5)
    print(f.readinto(buf), bytes(buf), f.tell())
    big = bytearray(300)
    print(f.readinto(big), bytes(big[:4]), f.tell())
    print(f.seek(10), f.read(2), f.seek(5, 1), f.read(1), f.seek(-2, 2), f.read(), f.tell())
    print(f.read(), f.read(5), f.read1(5), f.peek(), f.readline())
    f.seek(0)
    print(len(f.read()), len(f.read()))

with open(path, "wb") as f:
    f.write(b"line one\nline two\n\nlast")
with open(path, "rb") as f:
    print(f.readline(), f.readline(4), f.readline(), f.readlines())
with open(path, "rb") as f:
    print(list(f))

with open(path, "r+b") as f:
    print(type(f).__name__, f.read(4))
    f.write(b"_ONE")
    print(f.tell(), f.read(5))
    f.seek(0)
    print(f.read())
    print(f.truncate(8), f.tell())
    f.seek(0, 2)
    f.write(b"!")
    f.seek(0)
    print(f.read())
with open(path, "ab") as f:
    print(f.tell(), f.write(b" end"), f.tell())
with open(path, "w+b") as f:
    print(f.read(), f.write(b"fresh"), f.seek(0), f.read(), f.mode)

with open(path, "wb", buffering=0) as f:
    print(f, f.write(b"unbuffered"), f.tell(), f.closefd)
with open(path, "rb", buffering=0) as f:
    buf = bytearray(4)
    print(f.read(2), f.readinto(buf), buf, f.readall(), f.read(), f.seek(0), f.read(-1))
with io.FileIO(path, "r+") as f:
    print(f.mode, f.read(3), f.write(b"XY"), f.seek(0), f.read(), f.truncate(4), f.seek(0), f.read())

f = open(path, "wb")
f.write(b"buffered until close")
g = open(path, "rb")
g.close()
f.close()
with open(path, "rb") as g:
    print(g.read())
remove(path)
