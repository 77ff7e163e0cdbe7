# Function objects: attributes, __dict__, __defaults__, __code__ basics, identity.
def f(a, b=2, *, c=3):
    """Docstring of f."""
    return a + b + c
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
f.custom = "attached"
print(f.custom, f.__dict__)
print(callable(f), type(f).__name__)
g = f
print(g is f, g(1))
f.__name__ = "renamed"
print(f.__name__, g.__name__)
def noargs():
    pass
print(noargs.__defaults__, noargs.__kwdefaults__, noargs.__doc__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__globals__ is globals())
def with_closure():
    x = 1
    def inner():
        return x
    return inner
inn = with_closure()
print(inn.__closure__[0].cell_contents, len(inn.__closure__), f.__closure__)
print(inn.__code__.co_freevars, with_closure.__code__.co_cellvars)
try:
    f.__defaults__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    del f.__name__
except TypeError as e:
    print("TypeError", e)
def gen():
    yield
print(type(gen).__name__, type(gen()).__name__)
print(f == f, f != g, hash(f) == hash(g))
methods = [str.upper, "abc".upper, len, f]
print([type(m).__name__ for m in methods])
print(len.__name__, str.upper.__qualname__, "x".upper.__self__)
class C:
    def m(self):
        return self
c = C()
bm = c.m
print(bm.__self__ is c, bm.__func__ is C.m, bm() is c, type(bm).__name__)
print(c.m == c.m, c.m is c.m, C.m is C.m)
