# Containers that contain themselves repr as [...], {...}, (...); runaway recursion through
# __repr__ or __getattr__ fails with CPython 3.12's plain message.
lst = []
lst.append(lst)
print(lst, repr(lst), str([lst, lst]))
d = {}
d["self"] = d
d["l"] = [d]
print(d)
t = ([],)
t[0].append(t)
print(t)
class H:
    def __init__(self): self.s = None
    def __repr__(self): return "H(%r)" % (self.s,)
    def __hash__(self): return 1
s = set()
h = H()
s.add(h)
h.s = s
print(s)
class F(frozenset): pass
print(F([1]), F())
a = [1]
b = [a, a]
print(b)
import sys
nested = []
cur = nested
for _ in range(100000):
    new = []
    cur.append(new)
    cur = new
try:
    repr(nested)
except RecursionError as e:
    print("RecursionError", e)
class Rec:
    def __repr__(self):
        return repr(self)
try:
    repr(Rec())
except RecursionError as e:
    print("repr recursion:", e)
class Attr:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Attr().a
except RecursionError as e:
    print("getattr recursion:", e)
print(lst)
