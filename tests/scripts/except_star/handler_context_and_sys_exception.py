# Inside a handler, sys.exception() is the matched subgroup; a new exception
# raised there gets that subgroup as __context__. After the try statement the
# name bound with `as` is deleted, like with plain except.
import sys

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as eg:
        print("sys.exception():", repr(sys.exception()), sys.exception() is eg)
        raise RuntimeError("in handler")
except ExceptionGroup as outer:
    rt = outer.exceptions[0]
    print("raised:", repr(rt))
    print("its context:", repr(rt.__context__))
    print("outer:", repr(outer))

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as eg:
    pass
try:
    eg
except NameError as e:
    print("NameError:", e)

print("sys.exception() after:", sys.exception())
