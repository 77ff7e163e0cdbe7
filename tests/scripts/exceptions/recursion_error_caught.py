# RecursionError is raised for runaway recursion, caught, and the interpreter recovers.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
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
lst = []
lst.append(lst)
print(lst, repr(lst))
d = {}
d["self"] = d
print(d)
nested = []
cur = nested
for _ in range(50):
    new = []
    cur.append(new)
    cur = new
print(str(nested)[:30], len(str(nested)))
def count_depth():
    depth = 0
    def inner():
        nonlocal depth
        depth += 1
        inner()
    try:
        inner()
    except RecursionError:
        pass
    return depth
sys.setrecursionlimit(200)
d1 = count_depth()
sys.setrecursionlimit(400)
d2 = count_depth()
print(d1 < d2, 150 < d1 <= 200, 350 < d2 <= 400)
sys.setrecursionlimit(1000)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(900))
