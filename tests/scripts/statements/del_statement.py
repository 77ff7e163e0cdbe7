# del of names, attributes, subscripts, slices and tuples of targets.
a = 1
del a
try:
    a
except NameError as e:
    print("NameError", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, "x"), o.y)
try:
    del o.x
except AttributeError as e:
    print("AttributeError", e)
p, q, r = 1, 2, 3
del p, q
print(r, "p" in globals(), "q" in globals())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(f())
try:
    del undefined
except NameError as e:
    print("NameError", e)
try:
    del lst[100]
except IndexError as e:
    print("IndexError", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
class D:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, name):
        print("delattr", name)
dobj = D()
del dobj[1:2], dobj["k"]
del dobj.anything
[x, y] = 1, 2
del [x, y]
print("x" in globals())
for i in range(3):
    pass
del i
print("i" in globals())
def g():
    z = 5
    def h():
        return z
    del z
    try:
        return h()
    except NameError as e:
        return type(e).__name__ + " " + str(e)
print(g())
