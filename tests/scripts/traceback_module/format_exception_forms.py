# traceback.format_exception / print_exception / format_exception_only in
# their one-argument and (type, value, tb) forms, with limit and chain.
import sys
import traceback


def inner(x):
    return 1 / x


def outer(x):
    return inner(x)


try:
    outer(0)
except ZeroDivisionError as e:
    err = e

print("".join(traceback.format_exception(err)))
print("".join(traceback.format_exception(type(err), err, err.__traceback__, limit=1)))
print("".join(traceback.format_exception(None, err, None)))
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
traceback.print_exception(err, limit=-1, file=sys.stdout)
for bad in ((err, err), (5,)):
    try:
        traceback.format_exception(*bad)
    except (TypeError, ValueError) as e2:
        print(type(e2).__name__, e2)

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError:
    print(traceback.format_exc())
    print(traceback.format_exc(chain=False))
    traceback.print_exc(limit=0, file=sys.stdout)
print(repr(traceback.format_exc()))
