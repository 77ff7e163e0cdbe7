# Every augmented operator, in-place vs rebinding, single evaluation of targets.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1100; print(x)
x |= 0b0011; print(x)
x ^= 0b1111; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
lst2 = [1]
lst2 += (2, 3)
lst2 += "ab"
lst2 += range(2)
print(lst2)
try:
    tt = (1,)
    tt += [2]
except TypeError as e:
    print("TypeError", e)
calls = []
def key(k):
    calls.append(k)
    return k
d = {"a": 1}
d[key("a")] += 10
print(d, calls)
class O:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        print("get v")
        return self._v
    @v.setter
    def v(self, val):
        print("set v", val)
        self._v = val
o = O()
o.v += 1
print(o.v)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __add__(self, other):
        return "plain add"
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
class NoIadd:
    def __add__(self, other):
        return "from __add__"
n = NoIadd()
n += 1
print(n)
class Weird:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "fallback add"
w = Weird()
w += 1
print(w)
m = [[1, 2], [3, 4]]
m[0][1] += 100
print(m)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {2}
st ^= {9}
print(sorted(st))
dd = {"a": 1}
dd |= {"b": 2}
print(dd)
try:
    undefined_name += 1
except NameError as e:
    print("NameError", e)
def local_aug():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
counter = 0
local_aug()
