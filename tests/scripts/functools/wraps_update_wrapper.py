# functools.wraps copies metadata and sets __wrapped__.
import functools
def decorator(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
def plain_decorator(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@decorator
def documented(a, b=2):
    """Adds two numbers."""
    return a + b
documented.extra = "kept"
@plain_decorator
def undocumented(a):
    """Lost docstring."""
    return a
print(documented.__name__, documented.__doc__, documented.__qualname__, documented.__module__, documented(1))
print(documented.__wrapped__.__name__, documented.__wrapped__(5, 5), documented.__dict__.get("extra"))
print(undocumented.__name__, undocumented.__doc__, hasattr(undocumented, "__wrapped__"))
def original(x):
    "orig doc"
    return x
original.attr = "copied through __dict__"
def shell(*a):
    return original(*a)
functools.update_wrapper(shell, original)
print(shell.__name__, shell.__doc__, shell.attr, shell.__wrapped__ is original)
def shell2():
    pass
functools.update_wrapper(shell2, original, assigned=("__doc__",), updated=())
print(shell2.__name__, shell2.__doc__, hasattr(shell2, "attr"))
print(sorted(functools.WRAPPER_ASSIGNMENTS), functools.WRAPPER_UPDATES)
