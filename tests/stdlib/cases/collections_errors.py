from collections import *
import collections.abc as cabc
o = OrderedDict(a=1, b=2)
print(repr(o), o.keys(), o.values(), o.items(), OrderedDict(), list(reversed(o.items())))
print(repr(defaultdict(list, a=[1])), defaultdict(), Counter('abracadabra'), Counter(), ChainMap({'a':1}, {}), ChainMap())
print(deque([1,2]), deque([1], maxlen=3), deque(), UserDict(a=1), UserList([1]), repr(UserString('x')))
print(dict(a=1).keys().__class__, cabc.KeysView({'a':1}), {}.keys().mapping)
P = namedtuple('P', 'x y', defaults=[0])
print(P, P(1), P.__doc__, P.__new__.__doc__, P._field_defaults, P.__match_args__, P.__module__, P.__qualname__)
for t in ['P(1,2,3)', 'P()', 'P._make([1,2,3])', 'P(1)._replace(z=1)', "namedtuple('1a', 'x')", "namedtuple('a', 'x class')", "namedtuple('a', 'x _y')", "namedtuple('a', 'x x')", "namedtuple('a', 'x', defaults=[1,2])", "namedtuple('a', 'x y x _z class', rename=True)._fields",
  'deque().pop()', 'deque().popleft()', 'deque([1])[5]', 'deque([1]).remove(2)', 'deque([1]).index(2)', 'deque([1],1).insert(0,1)', 'deque([1], -1)', 'deque([1])[1:]', 'deque() + []', 'defaultdict(1)', 'Counter.fromkeys("a")', 'ChainMap().popitem()', 'ChainMap({}, {"a":1}).pop("a")', 'del ChainMap({}, {"a": 1})["a"]', 'OrderedDict().popitem()', 'OrderedDict().move_to_end(1)', 'deque([1]) < deque([2])', 'Counter("aab") + Counter("bc")', 'Counter("aab") - Counter("bc")', 'Counter(a=1, b=-2)', '+Counter(a=1, b=-2)', '-Counter(a=1, b=-2)', 'Counter("aab") | Counter("bbc")', 'Counter("aab") & Counter("bbc")', 'Counter(a=1) == Counter(a=1, b=0)', 'Counter(a=1) <= Counter(a=2)', 'Counter("hello").most_common(2)', 'list(Counter(a=2,b=1).elements())', 'Counter(a=2,b=1).total()', 'deque([1,2,3],2)', 'P(1,2)._asdict()', 'OrderedDict(a=1) == OrderedDict(b=2)', 'OrderedDict(a=1,b=2) == OrderedDict(b=2,a=1)', 'OrderedDict(a=1,b=2) == dict(b=2,a=1)', 'defaultdict(list) | {1: 2}', 'repr(defaultdict(list, {1: 2}).copy())', 'deque("abc") * 2', 'deque("abc").rotate(1)', 'Counter({"a": [1]})', 'Counter(a="x", b=1)']:
    try:
        if t.startswith('del '): exec(t); print(t, 'ok')
        else: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
