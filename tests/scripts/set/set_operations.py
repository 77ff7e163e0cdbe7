# Set algebra with integer sets (printed sorted or as int sets), methods and operators.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [7])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([1, 9])))
print(a <= b, {3, 4} <= a, {3, 4} < a, a < a, a <= a, a >= {1}, a > {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 5}
print(sorted(c))
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(99)
s.remove(3)
print(sorted(s), len(s), 2 in s, 3 in s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
p = s.pop()
print(p in {1, 2, 4}, len(s))
s.update([7, 8], {9})
s.intersection_update(range(5, 10))
print(sorted(s))
s.difference_update({7})
s.symmetric_difference_update({8, 100})
print(sorted(s))
s.clear()
print(s, set(), len(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
print(sorted(set("mississippi")), len(set("mississippi")), sorted(set(range(5)) - {0}))
print({1, 2} == {2, 1}, {1} == frozenset({1}), set() == frozenset(), {1, 2} != {1})
print(set([1, 1.0, True]), {0, False, 0.0}, sorted({-1, -2} | {-3}))
