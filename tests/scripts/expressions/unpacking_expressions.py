# Starred unpacking in assignments, for targets, calls and returns.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]], d = [1, [2, 3, 4]], 5
print(a, b, c, d)
for x, *rest in [(1, 2, 3), (4,), "ab"]:
    print(x, rest)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i + j + k)
first, second = {"k1": 1, "k2": 2}
print(first, second)
head, *_ = iter(range(100))
print(head, len(_))
def f():
    return 1, *[2, 3], 4
print(f())
def g(*args):
    return args
print(g(*[1, 2], *(3,), *"ab"))
print(*[1, 2, 3], sep=",")
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
try:
    a, = []
except ValueError as e:
    print("ValueError", e)
x = y = [0]
x, y[0] = 5, 6
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
a, b = b, a = 1, 2
print(a, b)
