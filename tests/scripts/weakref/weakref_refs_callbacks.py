# weakref.ref: dereferencing, callbacks when the referent dies, equality and
# hashing, which objects can be weakly referenced, subclasses with slots,
# and the counts of references to an object.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


keep = Node("kept")
r = weakref.ref(keep)
print(r() is keep, r() , r.__callback__, type(r).__name__, weakref.ref is weakref.ReferenceType)
print(r == weakref.ref(keep), hash(r) == hash(keep), r != weakref.ref(Node("other")))
events = []


def on_death(ref):
    events.append(("dead", ref() is None, type(ref).__name__))


def short_lived():
    n = Node("temp")
    return weakref.ref(n, on_death)


dead = short_lived()
gc.collect()
print(events, dead(), dead.__callback__)
print(hash(r) == hash(r))


def two_refs():
    n = Node("pair")
    return weakref.ref(n), weakref.ref(n, on_death)


events.clear()
a, b = two_refs()
gc.collect()
print(a(), b(), a == b, events)

for obj in [1, 2.5, "s", (1,), [1], {}, None, object(), ValueError("x"), b"x"]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
for obj in [Node, len, print, {1}, frozenset(), Node("x").__repr__, lambda: 0, weakref]:
    print(type(obj).__name__, weakref.ref(obj)() is obj)


class MyList(list):
    pass


class MyInt(int):
    pass


class OnlySlots:
    __slots__ = ("a",)


class SlotsWithRef:
    __slots__ = ("a", "__weakref__")


class Exc(Exception):
    pass


for obj in [MyList(), MyInt(3), OnlySlots(), SlotsWithRef(), Exc()]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)


class NamedRef(weakref.ref):
    __slots__ = ("label",)

    def __new__(cls, obj, label, callback=None):
        self = super().__new__(cls, obj, callback)
        self.label = label
        return self

    def __init__(self, obj, label, callback=None):
        super().__init__(obj, callback)


nr = NamedRef(keep, "lbl")
print(nr() is keep, nr.label, isinstance(nr, weakref.ref), type(nr).__name__)
for bad in [lambda: weakref.ref(), lambda: weakref.ref(keep, None, 1), lambda: weakref.ref(keep, callback=None),
            lambda: r(1), lambda: weakref.ref(r)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
holder = [weakref.ref(keep, on_death)]
print(weakref.getweakrefcount(keep), len(weakref.getweakrefs(keep)), weakref.getweakrefcount(Node("fresh")))
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))


def later_callback():
    n = Node("b")
    return weakref.ref(n, lambda ref: events.append("second callback"))


events.clear()
keep_ref = later_callback()
gc.collect()
print(events, keep_ref())
