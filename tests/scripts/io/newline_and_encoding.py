# Newline translation and encodings when writing and reading text files.
from os import remove  # only to clean up the file
path = "newline_and_encoding.tmp"
with open(path, "w", newline="") as f:
    f.write("unix\nwindows\r\nold mac\rend")
with open(path, "rb") as f:
    print(f.read())
with open(path, newline="") as f:
    print(f.readlines())
with open(path) as f:
    print(f.readlines())
with open(path, newline="\r\n") as f:
    print(f.readlines())
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
with open(path, encoding="utf-8", errors="replace") as f:
    print(f.read())
with open(path, "w", encoding="utf-16") as f:
    f.write("hi")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-16") as f:
    print(f.read())
remove(path)
