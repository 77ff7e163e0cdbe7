# sorted/min/max with key, default, reverse; stability; errors for empty input.
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(min(data, key=lambda t: t[1]), max(data, key=lambda t: t[1]), max(data), min(data))
print(max([], default="empty"), min([], default=None), max([5], default=0), min((), key=len, default="k"))
print(max(3, 1, 2), min("b", "a", "c"), max("abc", "ab", key=len), min([[3], [1, 2]], key=len))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([0, False]), min([False, 0]))
for bad in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted("Hello World"), sorted("Hello World", key=str.lower), sorted([3, -1, -4, 2], key=abs, reverse=True))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), sorted(range(10), key=lambda x: x % 3))
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print("TypeError", e)
