# Members no clause matched are re-raised together, as a group derived from
# the original (same message, same traceback, same nesting).
import traceback

try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), ExceptionGroup("in", [KeyError(3), ValueError(4)])])
    except* ValueError as eg:
        print("handled:", repr(eg))
except ExceptionGroup as rest:
    print("rest:", repr(rest))
    print("rest frames:", [f.name for f in traceback.extract_tb(rest.__traceback__)])
    print("rest cause/context:", rest.__cause__, rest.__context__)

orig = ExceptionGroup("untouched", [OSError(1)])
try:
    try:
        raise orig
    except* ValueError:
        print("not reached")
    except* KeyError:
        print("not reached")
except ExceptionGroup as e:
    print("nothing matched; same object re-raised:", e is orig)
