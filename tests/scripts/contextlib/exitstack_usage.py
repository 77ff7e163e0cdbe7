# ExitStack: dynamic number of context managers, callbacks, LIFO order, pop_all, exception handling.
from contextlib import ExitStack, contextmanager
@contextmanager
def res(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)
with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    stack.callback(print, "callback registered last runs first")
    print("using", names)
with ExitStack() as stack:
    stack.callback(lambda: print("cleanup 1"))
    stack.callback(lambda: print("cleanup 2"))
def suppressing_exit(exc_type, exc, tb):
    print("exit hook saw", exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(suppressing_exit)
    raise ValueError("suppressed by pushed exit")
print("after suppression")
with ExitStack() as outer:
    with ExitStack() as inner:
        inner.enter_context(res("moved"))
        moved = inner.pop_all()
    print("inner exited without closing")
    outer.push(moved)
print("outer done")
try:
    with ExitStack() as stack:
        stack.enter_context(res("x"))
        stack.callback(lambda: 1 / 0)
        raise KeyError("original")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, "context:", repr(e.__context__))
stack = ExitStack()
stack.enter_context(res("manual"))
stack.close()
