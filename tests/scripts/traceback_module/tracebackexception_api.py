# TracebackException: its attributes, compact chains, cycles, groups with
# max_group_width / max_group_depth, capture_locals, and __eq__.
import sys
import traceback


def chained():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("outer") from KeyError("cause")
    except TypeError as e:
        return e


e = chained()
for compact in (False, True):
    te = traceback.TracebackException.from_exception(e, compact=compact)
    print(compact, te.exc_type.__name__, str(te), te.__cause__ is not None, te.__context__ is not None,
          te.__suppress_context__, te.exceptions)
    print("".join(te.format()), end="")
    print("".join(te.format(chain=False)), end="")

a = ValueError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
print("".join(traceback.format_exception(a)))

group = ExceptionGroup("top", [ValueError(i) for i in range(4)]
                       + [ExceptionGroup("mid", [ExceptionGroup("low", [KeyError(1)])])])
for width, depth in ((2, 1), (10, 2), (15, 10)):
    te = traceback.TracebackException.from_exception(group, max_group_width=width, max_group_depth=depth)
    print(len(te.exceptions), "".join(te.format()))


def with_locals():
    number = 42
    text = "words"
    raise RuntimeError("look at the locals")


try:
    with_locals()
except RuntimeError as err:
    te = traceback.TracebackException(*sys.exc_info(), capture_locals=True)
    print(te.stack[-1].locals)
    print("".join(traceback.StackSummary.format(te.stack[-1:])))
    print(te == traceback.TracebackException(*sys.exc_info(), capture_locals=True))
    print(list(traceback.TracebackException(type(err), err, None).format()))

se = SyntaxError("bad token", ("cfg.py", 3, 7, "  x = 1 $ 2\n", 3, 9))
te = traceback.TracebackException.from_exception(se)
print(te.filename, te.lineno, te.end_lineno, repr(te.text), te.offset, te.end_offset, te.msg)
print("".join(te.format_exception_only()))
