import weakref, gc
class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return f'Obj({self.name})'
    def method(self): return self.name
a, b, c = Obj('a'), Obj('b'), Obj('c')
r = weakref.ref(a); print(r() is a, weakref.ref is weakref.ReferenceType, type(r).__name__)
d = weakref.WeakValueDictionary(); d['a'] = a; d['b'] = b
print(sorted(d.keys()), len(d), d['a'], 'b' in d, d.get('zz', 'none'))
del b; gc.collect()
print(sorted(d.keys()), len(d), 'b' in d, list(d.values()))
k = weakref.WeakKeyDictionary(); k[a] = 1; k[c] = 3
print(sorted(v for v in k.values()), len(k), a in k, k[a], k.get(c))
del c; gc.collect()
print(len(k), list(k.items()))
s = weakref.WeakSet([a]); x = Obj('x'); s.add(x)
print(len(s), a in s, sorted(o.name for o in s))
del x; gc.collect()
print(len(s), list(s))
m = weakref.WeakMethod(a.method); print(m()(), m() == a.method)
called = []
z = Obj('z'); rz = weakref.ref(z, lambda ref: called.append('dead'))
del z; gc.collect(); print(called, rz())
d2 = weakref.WeakValueDictionary({'a': a}); print(d2.pop('a'), len(d2), d2.setdefault('q', a) is a)
try: d2['missing']
except KeyError as e: print('KeyError', e)
