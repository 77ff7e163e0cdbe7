# dict subclasses: __missing__, overridden __getitem__ not used by get(), fromkeys of subclass.
class Zero(dict):
    def __missing__(self, key):
        return 0
z = Zero(a=1)
print(z["a"], z["b"], z.get("b"), "b" in z, z, type(Zero.fromkeys("ab")).__name__)
class Counting(dict):
    def __missing__(self, key):
        self[key] = value = len(self)
        return value
c = Counting()
print(c["x"], c["y"], c["x"], c)
class Lower(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
l = Lower()
l["KEY"] = 1
print(l, l["Key"], l.get("KEY"), dict.get(l, "key"))
l.update(OTHER=2)
print(l)
class NoMissing(dict):
    pass
try:
    NoMissing()["q"]
except KeyError as e:
    print("KeyError", e)
class RaiseMissing(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    RaiseMissing()["q"]
except LookupError as e:
    print(type(e).__name__, e)
print(isinstance(z, dict), z == {"a": 1}, {**z}, dict(z), Zero(z) is not z)
