# Errors from open() and file objects: missing files, closed files, wrong modes, bad arguments.
from os import remove  # only to clean up the file
try:
    open("file_errors_missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
path = "file_errors.tmp"
with open(path, "w") as f:
    f.write("data")
try:
    f.write("more")
except ValueError as e:
    print("ValueError", e)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
for args in [(path, "z"), (path, "rw"), (path, "rb", -1, "utf-8")]:
    try:
        open(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    with open(path, "wb") as f:
        f.write("text into binary")
except TypeError as e:
    print("TypeError", e)
try:
    with open(path, "w") as f:
        f.write(b"bytes into text")
except TypeError as e:
    print("TypeError", e)
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e)
remove(path)
try:
    open(path).close()
    print("still there")
except FileNotFoundError:
    print("removed")
