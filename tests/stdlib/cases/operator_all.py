import operator as op
names = [n for n in dir(op) if not n.startswith('_')]
print(names)
print(sorted(op.__all__))
print([n for n in dir(op) if n.startswith('__') and n.endswith('__') and n not in ('__all__','__builtins__','__cached__','__doc__','__file__','__loader__','__name__','__package__','__spec__')])
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(5))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 5), op.rshift(64, 2), op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, -1), op.getitem('abcdef', slice(1, 3)))
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iadd(1, 2), op.imul('ab', 2), op.ior({1}, {2}), op.iconcat([1], (2,)))
print(op.index(5), op.length_hint([1, 2]), op.length_hint(iter(range(10))), op.length_hint(5, 7), op.call(max, 1, 5))
for f in [lambda: op.concat(1, 2), lambda: op.indexOf([1], 2), lambda: op.index(1.5), lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.methodcaller(), lambda: op.methodcaller(1), lambda: op.length_hint(1, 'x'), lambda: op.iconcat(1, 2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class P:
    def __init__(self): self.a = self; self.b = 2
    def m(self, x, y=0): return x + y
p = P()
print(op.attrgetter('b')(p), op.attrgetter('a.a.b', 'b')(p), op.itemgetter(1)('abc'), op.itemgetter(0, 2)('abc'), op.methodcaller('m', 1, y=5)(p))
print(op.attrgetter('a.b', 'c'), op.itemgetter(1, 'x'), op.methodcaller('m', 1, y=[2]), op.itemgetter(slice(1)))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=op.itemgetter(1)))
print(op.__add__ is op.add, op.__inv__(1), op.__not__(1), op.__getitem__([4], 0))
try: op.attrgetter('zz')(p)
except AttributeError as e: print(e)
