# Errors nobody can catch are reported as "Exception ignored in": from
# __del__, from a generator closed while suspended in try/finally, and
# through sys.unraisablehook when a program sets one. A coroutine dropped
# without being awaited is a RuntimeWarning naming the line running then.
import gc
import sys


class Dropped:
    def __init__(self, exc):
        self.exc = exc

    def __del__(self):
        raise self.exc


def chained():
    try:
        raise KeyError("context is not shown")
    except KeyError:
        e = ValueError("")
        e.add_note("notes are not shown either")
        return e


Dropped(chained()); gc.collect()
Dropped(ExceptionGroup("eg", [ValueError(1)])); gc.collect()


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


Dropped(BadStr()); gc.collect()


def suspended():
    yield 1
    try:
        yield 2
    finally:
        raise RuntimeError("raised while closing")


def leave_suspended():
    it = suspended()
    next(it)
    next(it)


leave_suspended()
gc.collect()


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.err_msg, type(args.object).__name__)


sys.unraisablehook = hook
Dropped(OSError(2, "gone")); gc.collect()


def broken_hook(args):
    raise TypeError("the hook itself failed")


sys.unraisablehook = broken_hook
Dropped(ValueError("lost")); gc.collect()
sys.unraisablehook = sys.__unraisablehook__


async def save(record):
    print("saving", record)


save("forgotten"); gc.collect()


def helper():
    save("dropped in a function"); gc.collect()


helper()
print("done")
