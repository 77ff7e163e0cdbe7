# Positional-only, positional-or-keyword, *args, keyword-only, **kwargs and defaults.
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return (a, b, c, d, args, e, f, kwargs)
print(f(1, 2, 3, e=5))
print(f(1, 2, 3, 4, 5, 6, 7, e=8))
print(f(1, 2, c=3, e=5, f=60, g=7, a=100))
print(f(*[1, 2, 3], **{"e": 5, "z": 26}))
def pos_only(x, y=2, /):
    return x, y
print(pos_only(1), pos_only(1, 3))
def kw_only(*, x, y=2):
    return x, y
print(kw_only(x=1), kw_only(y=0, x=9))
def varargs(*args):
    return args
print(varargs(), varargs(1), varargs(*range(4)), type(varargs()).__name__)
def varkw(**kw):
    return kw
print(varkw(), varkw(a=1, b=2), varkw(**{"with space": 1, "1": 2}))
def mixed(a, *args, b=2, **kw):
    return a, args, b, kw
print(mixed(1, 2, 3, b=4, c=5))
def pos_kw_name_clash(a, /, **kw):
    return a, kw
print(pos_kw_name_clash(1, a=2))
def defaults_evaluated_once(x=[]):
    x.append(len(x))
    return x
print(defaults_evaluated_once(), defaults_evaluated_once(), defaults_evaluated_once([9]))
counter = 0
def default_time():
    global counter
    counter += 1
    return counter
def g(v=default_time()):
    return v
print(g(), g(), counter)
print(f.__defaults__, f.__kwdefaults__, pos_only.__defaults__, kw_only.__kwdefaults__, varargs.__defaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames[:8])
print(f.__name__, f.__qualname__, f.__module__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
def ret_multiple():
    return 1, "two", [3]
a, b, c = ret_multiple()
print(a, b, c)
def no_return():
    pass
print(no_return())
def early(x):
    if x:
        return
    return "late"
print(early(1), early(0))
g.__defaults__ = (99,)
print(g())
def kwd(a, b):
    return a - b
print(kwd(b=1, a=10), kwd(10, b=1))
