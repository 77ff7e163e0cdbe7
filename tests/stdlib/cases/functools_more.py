import functools
from functools import *
from collections.abc import Sequence, Mapping, Iterable
import collections
@singledispatch
def show(x): return 'object'
@show.register
def _(x: Sequence): return 'sequence'
@show.register
def _(x: Mapping): return 'mapping'
@show.register(Iterable)
def _(x): return 'iterable'
@show.register(int | str)
def _(x): return 'int-or-str'
print(show([1]), show((1,)), show({}), show({1}), show(1), show('s'), show(1.5), show(collections.OrderedDict()), show(range(3)), show(iter([])))
print(show.dispatch(list).__name__, show.dispatch(bool) is show.dispatch(int), len(show.registry))
class MyIt:
    def __iter__(self): return iter(())
print(show(MyIt()))
class A:
    @singledispatchmethod
    def f(self, arg): return 'default'
    @f.register
    def _(self, arg: int): return f'int {arg}'
    @f.register(list)
    def _(self, arg): return 'list'
    @singledispatchmethod
    @classmethod
    def g(cls, arg): return f'cls default {cls.__name__}'
    @g.register
    @classmethod
    def _(cls, arg: str): return 'cls str'
print(A().f(1), A().f([]), A().f('x'), A.g(1), A.g('s'))
class C:
    def __init__(self): self.n = 0
    @lru_cache(maxsize=2)
    def sq(self, x):
        self.n += 1
        return x * x
    @cached_property
    def val(self):
        self.n += 100
        return 7
c = C(); print(c.sq(2), c.sq(2), c.sq(3), c.n, C.sq.cache_info(), c.val, c.val, c.n)
@lru_cache(maxsize=0)
def nocache(x): return x
nocache(1); nocache(1); print(nocache.cache_info())
@lru_cache(maxsize=-5)
def neg(x): return x
neg(1); print(neg.cache_info())
@lru_cache(typed=True)
def t(x): return x
t(1); t(1.0); t(True); print(t.cache_info())
@cache
def rec(n): return 1 if n < 1 else rec(n - 1) + 1
print(rec(50), rec.cache_info().currsize)
p = partial(print, 'a', sep='-'); p2 = partial(p, 'b', end='!\n'); p2('c')
print(p2.args, p2.keywords, p2.func is print)
class Pp(partial):
    pass
print(repr(Pp(max, 1)).split(' at ')[0][:20], type(Pp(max, 1)(5)))
pr = partial(max); pr.attr = 1; print(pr.attr, partial(pr, 2).func is pr)
def f(a, b=2, *, c=3): return (a, b, c)
pm = partialmethod(f, c=9)
class K:
    m = pm
    s = partialmethod(staticmethod(lambda x, y: (x, y)), 1)
    cm = partialmethod(classmethod(lambda cls, y: (cls.__name__, y)), 5)
print(K().m(), K.s(2), K.cm(), K().cm())
print(reduce(lambda a, b: a + b, ['a', 'b', 'c']), reduce(lambda a, b: a * b, [], 1))
def deco(fn):
    @wraps(fn)
    def inner(*a, **k): return fn(*a, **k)
    return inner
@deco
def annotated(x: int) -> str:
    'doc'
    return str(x)
print(annotated.__annotations__, annotated.__doc__, annotated.__wrapped__.__name__, annotated(5))
@total_ordering
class N:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v if isinstance(o, N) else NotImplemented
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
print(N(1) < N(2), N(2) > N(1), N(1) >= N(1), N(1).__gt__(3), N.__lt__.__name__)
try: N(1) < 3
except TypeError as e: print(e)
K2 = cmp_to_key(lambda a, b: a - b); k = K2(3)
print(k.obj, k == K2(3), k < K2(4))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(N.__lt__.__qualname__, N.__gt__.__qualname__, N.__ge__.__qualname__)
