# File descriptors: pipe, read, write, close, lseek, fstat, dup, os.open
# flags, and EBADF errors.
import os

r, w = os.pipe()
print(type(r).__name__, r != w, os.get_inheritable(r), os.get_blocking(w))
print(os.write(w, b"hello "), os.write(w, bytearray(b"pipe")))
os.close(w)
print(os.read(r, 3), os.read(r, 100), os.read(r, 100))
os.close(r)
for f in [lambda: os.read(r, 1), lambda: os.close(r), lambda: os.write(w, b"x"), lambda: os.fstat(r), lambda: os.lseek(r, 0, 0)]:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename)
for f in [lambda: os.write(1, "str"), lambda: os.read("x", 1), lambda: os.close(None)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
path = os.path.join("/tmp", "skein-os-fd-%d" % os.getpid())
fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
try:
    print(os.write(fd, b"0123456789"), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 2, os.SEEK_SET), os.read(fd, 3))
    print(os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10), os.fstat(fd).st_size)
    fd2 = os.dup(fd)
    os.lseek(fd2, 0, os.SEEK_SET)
    print(os.read(fd, 4), fd2 != fd)
    os.close(fd2)
    os.ftruncate(fd, 4)
    print(os.fstat(fd).st_size, os.isatty(fd))
    try:
        os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
finally:
    os.close(fd)
    os.remove(path)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_CREAT != os.O_EXCL)
