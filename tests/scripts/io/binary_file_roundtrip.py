# Binary files: write bytes, read back, seek/tell, partial reads, bytearray readinto.
from os import remove  # only to clean up the file
path = "binary_file_roundtrip.bin"
data = bytes(range(256)) * 4
with open(path, "wb") as f:
    print(f.write(data), f.tell(), f.mode)
with open(path, "rb") as f:
    print(f.read(4), f.tell())
    f.seek(250)
    print(f.read(10))
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(0)
    buf = bytearray(8)
    print(f.readinto(buf), buf)
    print(len(f.read()), f.read(), f.read(5))
with open(path, "ab") as f:
    f.write(b"\xff\xfe")
with open(path, "rb") as f:
    print(len(f.read()))
with open(path, "rb") as f:
    content = f.read()
print(content[-4:], content == data + b"\xff\xfe", type(content).__name__)
with open(path, "w+b") as f:
    f.write(b"line1\nline2\nline3")
    f.seek(0)
    print(f.readline(), f.readlines())
remove(path)
