# WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod and finalize:
# entries go away once their object is collected.
import gc
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Item(%d)" % self.n

    def value(self):
        return self.n * 10


cache = weakref.WeakValueDictionary()


def fill_cache():
    kept, dropped = Item(1), Item(2)
    cache["kept"] = kept
    cache["dropped"] = dropped
    return kept


kept = fill_cache()
gc.collect()
print(sorted(cache.keys()), len(cache), "kept" in cache, "dropped" in cache, cache["kept"], cache.get("dropped"))
try:
    cache["dropped"]
except KeyError as e:
    print("KeyError", e)
cache["again"] = kept
print(sorted(cache.items(), key=lambda kv: kv[0]), sorted(cache.copy()))
del cache["again"]
print(sorted(cache))

meta = weakref.WeakKeyDictionary()


def fill_meta():
    a, b = Item(3), Item(4)
    meta[a] = "alpha"
    meta[b] = "beta"
    return a


a = fill_meta()
gc.collect()
print(len(meta), list(meta.items()), a in meta, meta[a], meta.get(Item(9), "absent"))
del meta[a]
print(len(meta))

members = weakref.WeakSet()


def fill_members():
    x, y, z = Item(5), Item(6), Item(7)
    members.update([x, y, z])
    return y


y = fill_members()
gc.collect()
print(len(members), list(members), y in members, Item(5) in members, 3 in members)
members.discard(y)
print(len(members), bool(members))

bound = weakref.WeakMethod(kept.value)
print(bound()(), bound() == kept.value, type(bound).__name__)


def drop_method():
    return weakref.WeakMethod(Item(8).value)


gone = drop_method()
gc.collect()
print(gone())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)


def with_finalizer():
    obj = Item(11)
    return weakref.finalize(obj, print, "finalizer ran for", 11)


fin = with_finalizer()
gc.collect()
print(fin.alive, fin())
other = Item(12)
f2 = weakref.finalize(other, lambda tag: "called " + tag, "now")
print(f2.alive, f2(), f2.alive, f2())
f3 = weakref.finalize(other, print, "not this one")
print(f3.detach()[0] is other, f3.alive, f3.peek())
