import copy, heapq, bisect
class P:
    def __init__(self, x): self.x = x; self.items = [x]
    def __repr__(self): return f'P({self.x}, {self.items})'
p = P(1); q = copy.copy(p); r = copy.deepcopy(p)
q.items.append(2); r.items.append(3)
print(p, q, r, q.items is p.items, r.items is p.items)
a = [1, [2, 3], {'k': [4]}]; b = copy.deepcopy(a); b[1].append(9); b[2]['k'].append(8)
print(a, b, copy.copy(a)[1] is a[1])
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d is not cyc)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s2 = copy.deepcopy(S()); print(s2.a, s2.b)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): return Custom(self.v + 100)
    def __deepcopy__(self, memo): return Custom(self.v + 1000)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)
t = (1, [2]); print(copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, 2)) is not None)
class D(dict): pass
dd = D(a=[1]); dd.extra = 5; c = copy.deepcopy(dd); print(type(c).__name__, c, c.extra, c['a'] is dd['a'])
class L(list): pass
ll = L([1, [2]]); ll.tag = 't'; c = copy.copy(ll); print(type(c).__name__, c, c.tag, c[1] is ll[1])
print(copy.copy(5), copy.deepcopy('s'), copy.copy(set([1])), copy.deepcopy({1: {2}}))
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], id(x) in memo)
h = []
for v in [5, 1, 8, 3, 9, 2]: heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]; heapq.heapify(data); print(data, heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len), heapq.nlargest(1, []), heapq.nsmallest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(['a', 'cc'], ['bb'], key=len)), list(heapq.merge([7, 4], [5, 1], reverse=True)))
print(heapq.nlargest(2, [(1, 'a'), (3, 'b'), (3, 'c')], key=lambda t: t[0]))
for f in [lambda: heapq.heappop([]), lambda: heapq.heappush(1, 2), lambda: heapq.heapreplace([], 1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
tasks = []
heapq.heappush(tasks, (2, 'write')); heapq.heappush(tasks, (1, 'read')); heapq.heappush(tasks, (3, 'exec'))
print([heapq.heappop(tasks)[1] for _ in range(3)])
xs = [1, 3, 3, 5, 8]
print(bisect.bisect(xs, 3), bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 0), bisect.bisect(xs, 9), bisect.bisect_left(xs, 3, 2), bisect.bisect_left(xs, 5, 0, 2))
bisect.insort(xs, 4); bisect.insort_left(xs, 3); print(xs)
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect(recs, 6, key=lambda r: r[1]))
bisect.insort(recs, ('z', 6), key=lambda r: r[1]); print(recs)
try: bisect.bisect([1], 1, -1)
except ValueError as e: print(e)
grades = 'FDCBA'; print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
