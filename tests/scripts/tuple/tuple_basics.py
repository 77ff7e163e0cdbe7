# Tuples: creation, immutability, methods, hashing, comparison, nested mutable contents.
t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(1), t.index("two"))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
t[3].append(5)
print(t)
try:
    hash(t)
except TypeError as e:
    print("TypeError", e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), (1,) * 3, (1, 2) + (3,))
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError", e)
try:
    (1,)[5]
except IndexError as e:
    print("IndexError", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError", e)
a, b, c = (1, 2, 3)
print(a, b, c)
print((1) == 1, (1,) == 1, type(()).__name__, type((1,)).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(x for x, *_ in nested))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[1, 2], (0, 0) in d)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max((1, 2), (1, 3)), min([(3,), (1, 9)]))
print(repr((1,)), repr(()), repr(("a", ("b",))), str((None, True)))
