# Members keep their own tracebacks; the group has its own.
import traceback


def fail(n):
    if n == 0:
        raise ValueError("zero")
    return fail(n - 1)


def collect():
    errs = []
    for n in (0, 2):
        try:
            fail(n)
        except ValueError as e:
            errs.append(e)
    return errs


def raise_group():
    raise ExceptionGroup("collected", collect())


try:
    raise_group()
except ExceptionGroup as eg:
    print("group frames:", [f.name for f in traceback.extract_tb(eg.__traceback__)])
    for e in eg.exceptions:
        print("member frames:", [f.name for f in traceback.extract_tb(e.__traceback__)])
    m, r = eg.split(lambda e: len(traceback.extract_tb(e.__traceback__)) > 2 if not isinstance(e, BaseExceptionGroup) else False)
    print("split by traceback depth:", repr(m), repr(r))
