# Keyword arguments: ordering, ** merging, dict order preserved in **kwargs.
def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1}, a=2, **{"c": 3}))
def f(a, b, c):
    return a, b, c
print(f(1, c=3, b=2), f(*(1, 2), c=3), f(**{"c": 3, "a": 1, "b": 2}))
args = [1]
kwargs = {"c": 3}
print(f(*args, 2, **kwargs))
print(f(*[1], *[2], *[3]))
def g(*args, **kwargs):
    return args, kwargs
print(g(1, *[2, 3], 4, x=1, **{"y": 2}, z=3))
print(g(*"ab", **dict(k="v")))
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(g(**Mapping()))
try:
    g(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError", e)
try:
    g(**[1])
except TypeError as e:
    print("TypeError", e)
def defaults(a, b=10, *, c=20, d):
    return a + b + c + d
print(defaults(1, d=1), defaults(1, 2, d=3, c=4))
def sentinel(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(sentinel(), sentinel())
print(sorted([3, 1, 2], reverse=True), "a-b-c".split(sep="-", maxsplit=1))
print(int("ff", base=16), dict(one=1, two=2))
try:
    int(x="5")
except TypeError as e:
    print("TypeError", e)
