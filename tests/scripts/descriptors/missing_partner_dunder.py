# A slot whose partner dunder is missing (__set__ without __delete__, __setitem__
# without __delitem__) raises AttributeError naming just the method.
class OnlyDelete:
    def __delete__(self, obj): print("delete")
class OnlySet:
    def __set__(self, obj, v): print("set", v)
class Owner:
    d = OnlyDelete()
    s = OnlySet()
o = Owner()
for f in [lambda: setattr(o, "d", 1), lambda: delattr(o, "s"), lambda: delattr(o, "d")]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e, e.args)
class GetOnly:
    def __getitem__(self, k): return k
class SetOnly:
    def __setitem__(self, k, v): pass
for f in [lambda: GetOnly().__setitem__(1, 2)]:
    try: f()
    except AttributeError as e: print("AttributeError", e)
s = SetOnly()
try:
    del s[0]
except AttributeError as e:
    print("AttributeError", e, e.args)
class SA:
    def __setattr__(self, k, v): object.__setattr__(self, k, v)
class DA:
    def __delattr__(self, k): print("delattr", k)
a = DA(); a.x = 1; del a.x
