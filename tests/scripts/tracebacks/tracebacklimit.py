# sys.tracebacklimit keeps the innermost entries of the interpreter's
# printout; 0 or less leaves only the exception line.
import sys


def level(n):
    if n == 0:
        raise RuntimeError("bottom")
    level(n - 1)


def show():
    try:
        level(4)
    except RuntimeError as e:
        sys.excepthook(type(e), e, e.__traceback__)


for limit in (2, 1, 0, -3):
    sys.tracebacklimit = limit
    print("limit", limit, file=sys.stderr)
    show()
sys.tracebacklimit = 10**30
show()
del sys.tracebacklimit
sys.tracebacklimit = "not an int"
show()
