def f(): pass
def f(a): pass
def f(a, b=1): pass
def f(a, /, b, *, c): pass
def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
def f(*args, **kwargs): pass
def f(*, a=1, b): pass
def f(a: int, b: str = 'x', *c: int, d: 'q' = 1, **e: dict) -> None: pass
def f(*args: *Ts): pass
def f(a,): pass
def f(a, b, /,): pass

@dec
def f(): pass

@dec.attr
@dec(1, 2)
@(lambda f: f)
@x[0]
@x := y
def f():
    """doc"""
    return

class A: pass
class A(): pass
class A(B): pass
class A(B, C, metaclass=M, **kw): pass
class A(*bases): pass

@dec
class A:
    x = 1
    def m(self): return self

def g():
    yield
    yield x
    x = yield
    return x
