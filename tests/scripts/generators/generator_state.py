# Generator frames keep local state; exhausted and running generators.
def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_suspended)
next(g)
print(g.gi_running, g.gi_suspended)
list(g)
print(g.gi_running, g.gi_suspended)
g2 = gen()
g2.close()
print(list(g2))
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def locals_kept():
    total = 0
    for i in range(3):
        total += i
        yield total, i
print(list(locals_kept()))
def gen_with_args(a, *args, k=1, **kw):
    yield a
    yield args
    yield k
    yield kw
print(list(gen_with_args(1, 2, 3, k=4, z=5)))
class Tree:
    def __init__(self, v, l=None, r=None):
        self.v, self.l, self.r = v, l, r
    def __iter__(self):
        if self.l:
            yield from self.l
        yield self.v
        if self.r:
            yield from self.r
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t), 5 in t, sorted(t, reverse=True)[:3])
def exc_in_gen():
    yield 1
    raise ValueError("inside generator")
g = exc_in_gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
try:
    next(g)
except StopIteration:
    print("exhausted after exception")
print(type(gen()).__name__, hasattr(gen(), "send"), hasattr(gen(), "throw"), hasattr(gen(), "close"))
