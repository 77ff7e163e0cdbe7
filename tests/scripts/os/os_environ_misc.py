# os.environ as a mapping of str, getenv/putenv through it, fsencode,
# PathLike, strerror, errno, cpu_count and other small facts.
import errno
import os

os.environ["SKEIN_OS_A"] = "alpha"
print(os.environ["SKEIN_OS_A"], os.getenv("SKEIN_OS_A"), os.getenv("SKEIN_OS_MISSING"), os.getenv("SKEIN_OS_MISSING", "dflt"))
print("SKEIN_OS_A" in os.environ, os.environ.get("SKEIN_OS_MISSING"), os.environb[b"SKEIN_OS_A"], os.getenvb(b"SKEIN_OS_A"))
print(os.environ.setdefault("SKEIN_OS_B", "beta"), os.environ.setdefault("SKEIN_OS_B", "other"), os.environ.pop("SKEIN_OS_B"))
del os.environ["SKEIN_OS_A"]
print("SKEIN_OS_A" in os.environ, type(os.environ).__name__, type(os.environ.copy()).__name__, repr(os.environ)[:9])
for f in [lambda: os.environ["SKEIN_OS_A"], lambda: os.environ.__setitem__("K", 1), lambda: os.environ.__setitem__(1, "v"),
          lambda: os.putenv("A=B", "x"), lambda: os.putenv("", "x"), lambda: os.unsetenv("a=b"),
          lambda: os.environ.__delitem__("SKEIN_OS_NONE")]:
    try:
        f()
    except (KeyError, TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
print(os.get_exec_path({"PATH": "/x:/y"}), os.fsencode("caf\u00e9"), os.fsdecode(b"caf\xc3\xa9"), os.fsencode(b"raw"))


class Where:
    def __fspath__(self):
        return "somewhere"


print(os.fspath(Where()), isinstance(Where(), os.PathLike), issubclass(str, os.PathLike), os.fspath(b"b"))
print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES), os.strerror(0))
print(errno.ENOENT, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.ENOENT], errno.errorcode[2])
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EPIPE, errno.EAGAIN, errno.EINVAL, errno.ECHILD, errno.ETIMEDOUT]:
    e = OSError(code, os.strerror(code), "f")
    print(type(e).__name__, e.errno, e)
print(type(os.cpu_count()).__name__, os.cpu_count() > 0, len(os.urandom(16)), type(os.getpid()).__name__)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns, os.stat_result.n_sequence_fields)
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
try:
    os.get_terminal_size(987)
except OSError as e:
    print(type(e).__name__, e)
print(os.error is OSError, os.path.join(os.curdir, "x"), os.linesep == "\n", os.supports_bytes_environ)
