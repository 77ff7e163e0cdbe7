# Implicit special-method calls look the method up on the type, not the instance.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance-repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
class Meta(type):
    def __repr__(cls):
        return f"<class via Meta {cls.__name__}>"
    def __len__(cls):
        return 5
class K(metaclass=Meta):
    def __repr__(self):
        return "instance of K"
print(repr(K), repr(K()), len(K))
class AddLater:
    pass
a = AddLater()
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
AddLater.__add__ = lambda self, other: f"added {other}"
print(a + 1)
del AddLater.__add__
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
class Iterable:
    pass
it = Iterable()
it.__iter__ = lambda: iter([1])
try:
    list(it)
except TypeError as e:
    print("TypeError", e)
Iterable.__iter__ = lambda self: iter([1, 2])
print(list(it))
class Ctx:
    pass
cm = Ctx()
cm.__enter__ = lambda: None
cm.__exit__ = lambda *a: None
try:
    with cm:
        pass
except TypeError as e:
    print("TypeError", e)
class Hash:
    pass
h = Hash()
h.__hash__ = lambda: 1
print(hash(h) == hash(h), hash(h) != 1 or "equal by chance")
class Getattr:
    def __getattr__(self, name):
        return lambda *a: f"dynamic {name}"
g = Getattr()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print("TypeError", e)
class Bool:
    pass
b = Bool()
b.__bool__ = lambda: False
print(bool(b))
