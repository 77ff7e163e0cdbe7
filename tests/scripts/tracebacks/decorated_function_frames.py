# Frames of decorator wrappers appear between the caller and the decorated function.
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper
@logged
def reciprocal(x):
    return 1 / x
print(reciprocal(4))
reciprocal(0)
