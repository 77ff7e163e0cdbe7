# The module's "Did you mean" (subclasses included, one search over all
# names) and its ~~~^^^ markers, printed with print_exc.
import sys
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)


glob_alpha_value = 1


def local_and_global():
    glob_alpha_vxlue = 2
    return glob_alpha_valuf


class MyNameError(NameError):
    pass


def subclass_hint():
    counter = 1
    raise MyNameError("custom", name="countr")


def stdlib_hint():
    mat = 1
    return math


def attribute():
    return sys.getrecursionlimitt


def operators():
    none = None
    return [1][0] + (2 * none)


def subscripts():
    return {"a": {}}["a"]["b"]


def trailing_blanks():
    return 1 / 0    


for fn in (local_and_global, subclass_hint, stdlib_hint, attribute, operators, subscripts,
           trailing_blanks):
    show(fn)
try:
    from names_mod import format_reprt
except ImportError:
    traceback.print_exc(file=sys.stdout)
