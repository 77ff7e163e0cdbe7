# "Did you mean" from the interpreter's printer: locals before globals
# before builtins, self attributes, forgotten stdlib imports, and no hint
# for subclasses of NameError or AttributeError.
import sys


def show(fn):
    try:
        fn()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)


glob_alpha_value = 1


def local_first():
    glob_alpha_vxlue = 2
    return glob_alpha_valuf


def forgot_import():
    mat = 3
    return math.pi


def only_stdlib_hint():
    return itertools


class Account:
    def __init__(self):
        self.balance = 10

    def total(self):
        return balance


class MyNameError(NameError):
    pass


def subclass_gets_no_hint():
    counter = 1
    raise MyNameError("custom", name="countr")


def attribute_hint():
    return sys.getrecursionlimitt()


def too_far():
    return sys.zzzzzzzz


show(local_first)
show(forgot_import)
show(only_stdlib_hint)
show(Account().total)
show(subclass_gets_no_hint)
show(attribute_hint)
show(too_far)
