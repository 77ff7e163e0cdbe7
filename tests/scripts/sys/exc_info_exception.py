# sys.exc_info() and sys.exception() inside and outside handlers, nested handlers, generators.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("outer")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print("back to", repr(sys.exception()))
print(sys.exc_info(), sys.exception())
def gen():
    yield repr(sys.exception())
try:
    raise IndexError("active in caller")
except IndexError:
    g = gen()
    print(next(g))
def func_sees_caller_exception():
    return repr(sys.exception())
try:
    raise TypeError("visible to callee")
except TypeError:
    print(func_sees_caller_exception())
try:
    try:
        raise OSError("x")
    finally:
        print("in finally:", repr(sys.exception()))
except OSError:
    pass
t, v, tb = (None, None, None)
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
print(t.__name__, v, tb.tb_lineno, v.__traceback__ is tb)
