# Raising a group and catching it with plain except: by group type, by base
# class, and not by the type of its members.
import traceback


def raiser():
    raise ExceptionGroup("raised", [ValueError("v"), TypeError("t")])


for catch in (ExceptionGroup, BaseExceptionGroup, Exception, (ValueError, ExceptionGroup)):
    try:
        raiser()
    except catch as e:
        print("caught by", catch if not isinstance(catch, type) else catch.__name__, ":", repr(e))

try:
    try:
        raiser()
    except ValueError:
        print("not reached")
except ExceptionGroup as e:
    print("ValueError clause skipped; outer caught", e)
    frames = traceback.extract_tb(e.__traceback__)
    print("frames:", [f.name for f in frames])

try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseExceptionGroup not caught by except Exception:", repr(e))

try:
    raise ExceptionGroup("chained", [ValueError()]) from KeyError("why")
except ExceptionGroup as e:
    print("cause:", repr(e.__cause__))

e = ExceptionGroup("w", [ValueError()])
print("with_traceback returns self:", e.with_traceback(None) is e)
