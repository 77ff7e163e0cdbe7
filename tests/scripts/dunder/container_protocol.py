# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"grid indices must be (x, y) pairs, not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value
    def __delitem__(self, key):
        self._check(key)
        self.cells.pop(key, None)
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]
    def __reversed__(self):
        return reversed(list(self))
g = Grid(3, 2)
g[0, 0] = "a"
g[2, 1] = "z"
g[1, 0] = "m"
print(len(g), g[0, 0], g[1, 1], "z" in g, "q" in g)
print(list(g), "".join(reversed(g)))
del g[1, 0]
print(list(g))
for bad in [(5, 5), 3, (1, 2, 3)]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq([10, 20, 30, 40])
print(s[0], s[-1], s[1:3], s[::-1], list(s), 30 in s, list(reversed(s)), sorted(s, reverse=True))
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Defaults(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, len(d))
class NoLen:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
print(list(NoLen()), tuple(NoLen()), 2 in NoLen())
try:
    len(NoLen())
except TypeError as e:
    print("TypeError", e)
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError", e)
class HugeLen:
    def __len__(self):
        return 2 ** 100
try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError", e)
class NoSet:
    def __getitem__(self, i):
        return i
try:
    NoSet()[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del NoSet()[0]
except TypeError as e:
    print("TypeError", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError", e)
