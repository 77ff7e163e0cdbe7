# Data descriptors beat the instance dict; non-data descriptors lose to it.
class Data:
    def __get__(self, obj, objtype=None):
        return ("data get", obj is None, objtype.__name__)
    def __set__(self, obj, value):
        print("data set", value)
        obj.__dict__["d"] = value
class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata get", obj is None, objtype.__name__)
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, C.d)
print(c.n, C.n)
c.d = 5
print(c.__dict__, c.d)
c.n = "instance value"
print(c.n, c.__dict__["n"])
c.__dict__["d"] = "direct dict"
print(c.d)
class SetOnly:
    def __set__(self, obj, value):
        print("set only", value)
class D:
    s = SetOnly()
d = D()
d.s = 1
print(type(d.s).__name__)
d.__dict__["s"] = "in dict"
print(type(d.s).__name__)
class DeleteOnly:
    def __delete__(self, obj):
        print("delete called")
class E:
    x = DeleteOnly()
e = E()
del e.x
try:
    e.x = 1
except AttributeError as ex:
    print("AttributeError", ex)
class Get:
    def __get__(self, obj, objtype=None):
        return "class-level get"
class Meta(type):
    attr = Get()
class K(metaclass=Meta):
    pass
print(K.attr)
class GetReturnsSelf:
    def __get__(self, obj, objtype=None):
        return self if obj is None else obj
class H:
    me = GetReturnsSelf()
h = H()
print(h.me is h, type(H.me).__name__)
