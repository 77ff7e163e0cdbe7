# __getattr__, __getattribute__, __setattr__ and __delattr__ hooks.
class Fallback:
    exists = "real"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.exists, f.dyn_hello)
try:
    f.other
except AttributeError as e:
    print("AttributeError", e)
print(getattr(f, "dyn_x"), getattr(f, "nope", "default"), hasattr(f, "nope"), hasattr(f, "dyn_q"))
class Everything:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback {name}"
e = Everything()
print(e.real, e.secret, e.missing)
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
l = Logged()
l.b = 2
l.a += 10
del l.b
print(vars(l))
try:
    del l.zzz
except AttributeError as ex:
    print("AttributeError", ex)
class ReadOnly:
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: read-only")
r = ReadOnly(x=1, y=2)
print(r.x, r.y)
try:
    r.x = 5
except AttributeError as ex:
    print("AttributeError", ex)
try:
    r.z
except AttributeError as ex:
    print("AttributeError", ex)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.sort()
p.append(0)
print(p.target, p.log, len(p.target))
try:
    len(p)
except TypeError as ex:
    print("TypeError", ex)
class AttrErrorInProperty:
    @property
    def broken(self):
        return self.nonexistent
    def __getattr__(self, name):
        return f"__getattr__ saw {name}"
print(AttrErrorInProperty().broken)
class GetattributeRaises:
    def __getattribute__(self, name):
        raise AttributeError("always")
    def __getattr__(self, name):
        return "recovered " + name
print(GetattributeRaises().anything)
class Counting:
    def __init__(self):
        object.__setattr__(self, "reads", 0)
    def __getattribute__(self, name):
        if name != "reads":
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return object.__getattribute__(self, name)
    def m(self):
        return "m"
cnt = Counting()
cnt.m(); cnt.m(); cnt.__class__
print(cnt.reads)
