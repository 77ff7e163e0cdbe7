# os.path's text-only functions on str and bytes paths, and their errors.
import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull, os.name)
for p in ["/a/b/c.txt", "a/b/", "//a//b//", "a", "", "/", "///x", ".bashrc", "a/.b.c", "a.b/c", "../x.tar.gz"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p),
          os.path.isabs(p), os.path.normpath(p), os.path.splitroot(p))
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"), os.path.join("a", ""), os.path.join(""))
print(os.path.join(b"x", b"y"), os.path.split(b"/p/q"), os.path.splitext(b"f.py"), os.path.normpath(b"a//./b/.."))
for p in ["a/./b/../../c", "/../x", "../../a/../b", "a/b/c/../../..", "//x/../y", "./", "a/.."]:
    print(p, "->", os.path.normpath(p))
print(os.path.relpath("/a/b/c", "/a/x/y"), os.path.relpath("/a", "/a"), os.path.relpath("/a/b", "/"))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c/d"]), os.path.commonprefix(["interstellar", "internet", "interval"]))
print(os.path.commonprefix([]), os.path.commonprefix([["a", "b"], ["a", "c"]]))
os.environ["SKEIN_TEST_VAR"] = "value"
print(os.path.expandvars("$SKEIN_TEST_VAR/${SKEIN_TEST_VAR}x/$NOT_SET_SKEIN/${NOT_SET_SKEIN}/$/${/a$"))
print(os.path.expandvars(b"$SKEIN_TEST_VAR-x"), os.path.expanduser("~nobody_skein/x"), os.path.expanduser("x~"))
print(os.path.normcase("A/B"), os.path.splitdrive("/a/b"), os.path.isjunction("/"))


class Where:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.path.join(Where("base"), Where("leaf")), os.path.basename(Where(b"x/y")), os.fspath(Where("z")))
for bad in [lambda: os.path.join("a", b"b"), lambda: os.path.join(1), lambda: os.path.join("a", 5),
            lambda: os.path.relpath(""), lambda: os.path.commonpath([]), lambda: os.path.commonpath(["/a", "b"]),
            lambda: os.path.split(3), lambda: os.fspath(Where(3)), lambda: os.fspath(None)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
