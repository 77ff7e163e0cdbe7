import functools, operator
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
for f in [lambda: functools.partial(), lambda: functools.partial(5), lambda: functools.reduce(1,2), lambda: functools.reduce(operator.add, []), lambda: functools.lru_cache('x'),
          lambda: functools.cmp_to_key(lambda a,b:0)(1) < 3, lambda: functools.total_ordering(type('A',(),{})), lambda: functools.partial(print).__setattr__('func', 1),
          lambda: functools.reduce(), lambda: functools.partial(print)(**{1:2})]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
p = functools.partial(print, 1, 2, sep='x')
print(repr(p), functools.partial(p, 3), functools.partial(p, 3).args)
class P(functools.partial): pass
print(P(print, 1))
print(functools.cmp_to_key(lambda a,b:0), type(functools.cmp_to_key(lambda a,b:0)(1)))
@functools.lru_cache
def f(x): return x
print(type(f), f.cache_info(), f, f.__wrapped__)
class C:
    @functools.cached_property
    def x(self): return 1
    @functools.lru_cache
    def m(self): return 2
    pm = functools.partialmethod(print, 1)
print(C.x, C().m, C.m, C.pm, C().pm)
try:
    class D:
        __slots__ = ()
        @functools.cached_property
        def x(self): return 1
    D().x
except Exception as e: print(type(e).__name__, e)
try:
    class D:
        @functools.cached_property
        def x(self): return 1
        y = x
except Exception as e: print(type(e).__name__, e, repr(e.__cause__))
try:
    functools.cached_property(lambda s: 1).__get__(C(), C)
except Exception as e: print(type(e).__name__, e)
print(functools.singledispatch(lambda x: 1))
sd = functools.singledispatch(lambda x: 1)
try: sd()
except Exception as e: print(type(e).__name__, e)
try: sd.register(1)
except Exception as e: print(type(e).__name__, e)
try: sd.register(lambda x: 2)
except Exception as e: print(type(e).__name__, e)
def g(x: 1): pass
try: sd.register(g)
except Exception as e: print(type(e).__name__, e)
print(sd.registry)
