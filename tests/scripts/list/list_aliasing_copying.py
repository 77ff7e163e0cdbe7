# Aliasing, shallow copies, nested list pitfalls, list identity in containers.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 99
a[1].append(4)
print(a, b, c, d, e)
print(b is a, c is a, c[1] is a[1])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
x = [1, 2]
x.append(x)
print(x, len(x), x[2] is x, x[2][2][0])
y = [x, x]
print(y[0] is y[1])
import copy
orig = [1, [2, [3]]]
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig[1][1].append("changed")
print(orig, sh, dp)
def modify(lst):
    lst.append("modified")
    lst = ["rebound"]
    return lst
m = [1]
r = modify(m)
print(m, r)
lst = [1, 2, 3]
for item in lst[:]:
    if item == 2:
        lst.remove(item)
print(lst)
z = [[]] * 2
z[0].append(1)
print(z)
print([1, 2] == [1, 2], [1, 2] is [1, 2] if False else "identity of literals not tested")
