# Slicing of sequences: defaults, negative steps, out of range, slice objects.
s = "abcdefghij"
lst = list(range(10))
t = tuple(range(10))
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2),
           slice(1, None, 3), slice(None, None, -1), slice(8, 2, -2), slice(-1, -5, -1),
           slice(2, 8, -1), slice(100, None), slice(-100, 3), slice(None, None, -3),
           slice(5, 5), slice(3, 100, 4), slice(-2, -8, -3)]:
    print(sl, repr(s[sl]), lst[sl], t[sl] == tuple(lst[sl]))
print(s[::-1], s[::10], s[1::-1], s[:-11:-1])
print(lst[2:7:2], lst[7:2:-2])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(range(10)[2:8:3], range(10)[::-1], list(range(10)[::-3]))
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[::2] = [0, 0, 0, 0, 0]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
a[1:1] = [99]
print(a)
a[:] = []
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1:]
print(b)
b[len(b):] = [100, 200]
print(b)
c = [1, 2, 3]
c[5:] = [4]
print(c)
c[-100:1] = ["start"]
print(c)
print(s[1:3], s[True:], s[:False])
class Sliceable:
    def __getitem__(self, key):
        return key
S = Sliceable()
print(S[1:2], S[::], S[1:2, 3], S[..., 1], S[:, None], S[1:2:3])
