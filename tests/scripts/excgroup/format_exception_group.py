# traceback.format_exception renders a group the same way the interpreter
# prints an uncaught one.
import traceback


def inner():
    raise ValueError("inner failure")


def make():
    errs = []
    for f in (inner, lambda: {}["key"]):
        try:
            f()
        except Exception as e:
            errs.append(e)
    try:
        raise ExceptionGroup("two problems", errs)
    except ExceptionGroup as eg:
        eg.add_note("a note on the group")
        return eg


print("".join(traceback.format_exception(make())), end="")
print("---")
print("".join(traceback.format_exception_only(make())), end="")
print("---")
print("".join(traceback.format_exception(ExceptionGroup("bare", [ValueError(1)]))), end="")
