# property objects are descriptors: getter/setter/deleter copies, direct __get__/__set__.
class C:
    def __init__(self):
        self._v = 0
    def get(self):
        return self._v
    def set(self, v):
        self._v = v
    v = property(get)
    w = v.setter(set)
c = C()
print(c.v, c.w)
c.w = 9
print(c.v, c.w, C.v is C.w, C.v.fset, C.w.fset is C.set)
try:
    c.v = 1
except AttributeError as e:
    print("AttributeError", e)
p = C.__dict__["w"]
print(p.__get__(c, C), p.__get__(None, C) is p)
p.__set__(c, 42)
print(c._v)
try:
    p.__delete__(c)
except AttributeError as e:
    print("AttributeError", e)
class Doc:
    @property
    def x(self):
        "x docstring"
        return 1
print(Doc.x.__doc__, property(doc="explicit").__doc__)
class Sub(Doc):
    x = Doc.x.getter(lambda self: 2)
print(Sub().x, Doc().x)
class Counter:
    count = property(lambda self: len(self.items))
    def __init__(self):
        self.items = [1, 2]
print(Counter().count)
try:
    property(5).__get__(1)
except TypeError as e:
    print("TypeError", e)
