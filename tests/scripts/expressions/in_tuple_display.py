# `x in (a, b, ...)` with a tuple display: the items are evaluated after x,
# left to right; each is compared as item == x (item first) after an
# identity test; errors from the items and from __eq__ propagate; `not in`
# and conditions (if, assert, comprehension filters) behave the same.
class E:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print('eq', self.n, 'vs', o)
        return self.n == o
    def __repr__(self): return f'E({self.n})'

def order(tag, v):
    print('eval', tag)
    return v

x = 3
print(x in (1, 2, 3), x not in (1, 2, 3), x in (4,), x not in (5, 6))
print(order('x', 2) in (order('a', E(1)), order('b', E(2)), order('c', E(3))))
print(E(7) in (E(8), 7))
nan = float('nan')
print(nan in (nan,), nan in (float('nan'),), nan not in (nan, 1))
if x in (3, 4):
    print('jump in')
if x not in (3, 4):
    print('bad')
else:
    print('jump not in')
assert x in (E(3), 9)
class Bad:
    def __eq__(self, o): raise ValueError('no eq')
try:
    print(1 in (Bad(),))
except ValueError as e:
    print('ValueError', e)
try:
    print(1 in (2, undefined_name))
except NameError as e:
    print('NameError', e)
print([i for i in range(6) if i in (1, 3, 5)])
def f(a, b): return a in (b, b + 1) and a not in (b + 2,)
print(f(1, 0), f(5, 0))
print((1 in (1,)) in (True, False))


def check(value):
    return value in (1,
                     Bad(),
                     3)


check(0)
