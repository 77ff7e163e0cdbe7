# Files and directories through os: makedirs, listdir, scandir, walk, stat,
# rename/replace, remove/rmdir, and the OSError subclasses with errno,
# strerror and filename. Everything happens in a fresh directory under /tmp
# that the program enters, so the paths printed are relative.
import os
import stat

base = os.path.join("/tmp", "skein-os-files-%d" % os.getpid())
os.makedirs(base)
start = os.getcwd()
os.chdir(base)


def write(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


try:
    os.makedirs("a/b/c")
    os.makedirs("a/b/c", exist_ok=True)
    os.mkdir("a/d")
    write("a/one.txt", b"hello")
    write("a/b/two.txt", b"hello world")
    write("a/b/c/three.bin", bytes(range(10)))
    print(sorted(os.listdir("a")), sorted(os.listdir(b"a")), sorted(os.listdir("a/b")))
    for top, dirs, files in sorted(os.walk("a")):
        print(top, sorted(dirs), sorted(files))
    print([t for t, d, f in os.walk("a", topdown=False)][-1])
    pruned = []
    for top, dirs, files in os.walk("a"):
        dirs[:] = [d for d in dirs if d != "b"]
        pruned.append(top)
    print(sorted(pruned))
    with os.scandir("a") as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e), e.stat().st_size if e.is_file() else "-")
    s = os.stat("a/b/two.txt")
    print(s.st_size, stat.S_ISREG(s.st_mode), stat.S_ISDIR(os.stat("a").st_mode), stat.filemode(s.st_mode)[0],
          type(s.st_mtime).__name__, type(s[8]).__name__, type(s.st_mtime_ns).__name__, len(s), s[6])
    print(os.path.getsize("a/b/c/three.bin"), os.path.exists("a/one.txt"), os.path.isfile("a"), os.path.isdir("a"),
          os.path.exists("a/nope"), os.path.lexists("a/one.txt"), os.path.islink("a/one.txt"))
    os.rename("a/one.txt", "a/uno.txt")
    write("a/dos.txt", b"2")
    os.replace("a/dos.txt", "a/uno.txt")
    fd = os.open("a/uno.txt", os.O_RDONLY)
    print(os.read(fd, 100))
    os.close(fd)
    os.symlink("uno.txt", "a/link")
    print(os.readlink("a/link"), os.path.islink("a/link"), os.lstat("a/link").st_size, stat.S_ISLNK(os.lstat("a/link").st_mode))
    print(os.path.realpath("a/link") == os.path.join(os.getcwd(), "a", "uno.txt"))
    os.remove("a/link")
    errors = [
        lambda: os.stat("missing"),
        lambda: os.listdir("missing"),
        lambda: os.mkdir("a"),
        lambda: os.rmdir("a"),
        lambda: os.remove("a"),
        lambda: os.rename("missing", "other"),
        lambda: os.open("missing/x", os.O_RDONLY),
        lambda: os.makedirs("a/b"),
        lambda: os.chdir("a/uno.txt"),
        lambda: os.listdir(b"missing"),
        lambda: os.path.getsize("missing"),
        lambda: os.unlink("missing"),
    ]
    for f in errors:
        try:
            f()
        except OSError as e:
            print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.filename2, isinstance(e, OSError))
    for f in [lambda: os.stat(3.5), lambda: os.remove(7), lambda: os.stat("a\0b"), lambda: os.listdir([])]:
        try:
            f()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    os.makedirs("x/y/z")
    os.removedirs("x/y/z")
    print(os.path.exists("x"))
    for top, dirs, files in os.walk("a", topdown=False):
        for name in files:
            os.remove(os.path.join(top, name))
        for name in dirs:
            os.rmdir(os.path.join(top, name))
    os.rmdir("a")
    print(os.listdir("."))
finally:
    os.chdir(start)
    for top, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(top, name))
        for name in dirs:
            p = os.path.join(top, name)
            os.remove(p) if os.path.islink(p) else os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
