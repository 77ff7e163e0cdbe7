# Assignment to names, attributes, subscripts, slices, chained targets.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
class O:
    pass
o = O()
o.p = o.q = 5
print(o.p, o.q)
d = {}
d["a"] = d["b"] = 0
print(d)
lst = [0] * 5
lst[0], lst[-1] = "first", "last"
print(lst)
lst[1:3] = "xy"
print(lst)
o.items = [1, 2, 3]
o.items[1] = "mid"
print(o.items)
m = [[0, 0], [0, 0]]
m[1][0] = 7
print(m)
(p), [q] = 1, [2]
print(p, q)
[r, s] = (t, u) = "ab"
print(r, s, t, u)
o.pair = (1, 2)
o.left, o.right = o.pair
print(o.left, o.right)
i = 0
arr = [0, 0, 0]
for i in range(3):
    arr[i] = i * i
print(arr, i)
for arr[0] in [7, 8]:
    pass
print(arr)
for o.loopvar in "ab":
    pass
print(o.loopvar)
n = None
print(n)
n = 1
n = "rebound"
print(n)
def f():
    v = 1
    v = v + 1
    return v
print(f())
