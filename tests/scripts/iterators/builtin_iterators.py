# enumerate, zip (strict), map, filter, reversed, range as lazy iterators.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", [1, 2], (True, False))))
print(list(zip("ab", [1, 2], strict=True)))
for args in [("abc", [1, 2]), ("a", [1, 2]), ("ab", [1, 2], [1])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError", e)
print(list(map(str.upper, "abc")), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as ex:
    print("ValueError", ex)
print(next(m))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
r = reversed([1, 2])
print(type(r).__name__, type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__)
calls = []
def track(x):
    calls.append(x)
    return x
lazy = map(track, range(5))
print(calls)
print(next(lazy), calls)
print(list(lazy), calls)
try:
    reversed({1, 2})
except TypeError as ex:
    print("TypeError", ex)
try:
    enumerate(5)
except TypeError as ex:
    print("TypeError", ex)
try:
    map(len)
except TypeError as ex:
    print("TypeError", ex)
