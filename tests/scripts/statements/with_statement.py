# with: several items, parenthesised items, exit order, suppression, errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with (CM("p"), CM("q") as q):
    print("paren body", q)
with (
    CM("m1") as m1,
    CM("m2") as m2,
):
    print("multi-line", m1, m2)
with CM("sup", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("outer"), CM("inner"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
try:
    with CM("outer"), CM("inner", suppress=True):
        raise KeyError("k")
    print("inner suppressed it")
except KeyError:
    print("not reached")
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with CM("first"), EnterFails():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError", e)
with CM("target") as (a, b, *c):
    print(a, b, c)
class Holder:
    pass
h = Holder()
with CM("attr") as h.value:
    pass
print(h.value)
