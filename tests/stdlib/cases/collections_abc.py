import collections.abc as cabc
from collections.abc import *
from collections import deque, OrderedDict, Counter, defaultdict, namedtuple
def gen(): yield 1
async def co(): pass
async def ag(): yield 1
c = co()
objs = [1, 'a', b'a', [1], (1,), {1: 2}, {1}, frozenset(), range(3), iter([]), gen(), c, ag(), len, lambda: 0, None, deque(), OrderedDict(), Counter(), {}.keys(), {}.values(), {}.items(), bytearray(), memoryview(b''), type, object()]
abcs = [Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Iterable, Iterator, Generator, Reversible, Sized, Container, Collection, Callable, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Sequence, MutableSequence, Buffer]
for o in objs:
    print(type(o).__name__, ''.join('1' if isinstance(o, a) else '.' for a in abcs))
c.close()
print(sorted(cabc.__all__))
print(Iterable, Mapping.__module__, [a.__name__ for a in MutableMapping.__mro__])
class MySeq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), isinstance(s, Reversible))
try: s.index(9)
except ValueError as e: print('ValueError', repr(e))
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m.update({'a': 1}, b=2); m.setdefault('c', 3)
print(m.keys(), m.items(), m.values(), list(m.items()), m.get('z'), m.pop('a'), m.popitem(), m == {'c': 3}, 'c' in m, len(m))
print(m.keys() & {'c'}, sorted(m.keys() | {'q'}), m.keys() - {'c'}, m.items() == {('c', 3)})
class MySet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([7]))
a |= [9]; a -= [1]; print(list(a), a.pop(), list(a))
try: MySet().remove(5)
except KeyError as e: print('KeyError', e)
try: Sequence()
except TypeError as e: print(e)
try: MutableMapping()
except TypeError as e: print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), issubclass(It, Generator))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), issubclass(list, Hashable), issubclass(tuple, Hashable))
class ML(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = ML(); ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse(); print(ml.l, ml.pop(), ml.l); ml.remove(3); print(ml.l); ml.clear(); print(ml.l)
P = namedtuple('P', 'x y')
print(isinstance(P(1, 2), Sequence), issubclass(defaultdict, MutableMapping), issubclass(OrderedDict, Mapping))
print(Iterable[int], Callable[[int], str], Mapping[str, int])
