# sys.excepthook(type, value, tb): a traceback passed beside a value that
# has none is shown as its own; a value that is not an exception is
# reported as a TypeError line.
import sys


def fail():
    return {}["missing"]


try:
    fail()
except KeyError as e:
    tb = e.__traceback__

fresh = ValueError("fresh, no traceback of its own")
sys.excepthook(ValueError, fresh, tb)
print("fresh now has a traceback:", fresh.__traceback__ is tb)
sys.excepthook(int, 42, None)
sys.excepthook(KeyError, KeyError("no traceback at all"), None)
