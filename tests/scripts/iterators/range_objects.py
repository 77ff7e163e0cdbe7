# range: lengths, indexing, slicing, containment, equality, reversed, errors and repr.
rs = [range(5), range(2, 10), range(10, 2, -2), range(0), range(-5, 5, 3), range(5, 0), range(1, 100, 7)]
for r in rs:
    print(r, len(r), list(r)[:6], r[0] if r else None, r[-1] if r else None, 4 in r, r.count(4), bool(r))
r = range(0, 100, 3)
print(r[5], r[-1], r[2:10:2], r[::-1], r[::-1][0], r[100:], r.index(99), r.start, r.stop, r.step)
print(range(0, 3) == range(3), range(0) == range(5, 5), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2))
print(hash(range(3)) == hash(range(0, 3)), list(reversed(range(1, 10, 3))), sum(range(101)), max(range(7)))
print(range(10**20)[10**19], len(range(10**18)), 10**19 in range(10**20), range(10**20)[-1])
try:
    len(range(10**20 * 10**20))
    print("len ok")
except OverflowError as e:
    print("OverflowError", e)
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range("1"), lambda: range(5)[10], lambda: range(5).index(7), lambda: range()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(1.0 in range(3), "1" in range(3), True in range(2), 2.5 in range(3))
it = iter(range(3))
print(next(it), list(it), list(it))
print(range(3).__class__.__name__, repr(range(0, 10, 1)), repr(range(1, 10, 2)), str(range(-3)))
