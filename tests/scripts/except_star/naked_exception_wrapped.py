# A naked exception reaching except* is wrapped in an ExceptionGroup with an
# empty message; if no clause matches, the naked exception propagates as is.
import sys

original = ValueError("naked")
try:
    raise original
except* ValueError as eg:
    print("type:", type(eg).__name__)
    print("repr:", repr(eg))
    print("message:", repr(eg.message))
    print("member is the original:", eg.exceptions[0] is original)
    print("sys.exception() is eg:", sys.exception() is eg)

try:
    try:
        raise original
    except* TypeError:
        print("not reached")
except ValueError as e:
    print("unmatched naked exception propagates unwrapped:", repr(e), e is original)

try:
    raise KeyboardInterrupt("ki")
except* KeyboardInterrupt as eg:
    print("BaseException wrapped:", type(eg).__name__, repr(eg))

try:
    try:
        raise OSError("os")
    except* OSError:
        raise
except OSError as e:
    print("bare raise of a wrapped naked exception gives back:", repr(e))
except ExceptionGroup as e:
    print("bare raise of a wrapped naked exception gives back a group:", repr(e))
