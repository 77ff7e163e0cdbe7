# Attribute lookup order: instance dict, class, bases; class attribute shadowing.
class A:
    x = "A.x"
    def who(self):
        return "A.who"
class B(A):
    y = "B.y"
b = B()
print(b.x, b.y, b.who())
b.x = "instance x"
print(b.x, B.x, A.x)
B.x = "B.x now"
print(b.x, B.x, A.x)
del b.x
print(b.x)
del B.x
print(b.x)
b.who = lambda: "instance function, not bound"
print(b.who())
del b.who
print(b.who())
A.late = "added to base later"
print(b.late)
print(B.__dict__.get("x"), "y" in B.__dict__, "who" in B.__dict__)
print(hasattr(b, "who"), hasattr(b, "nope"))
class C:
    items = []
c1, c2 = C(), C()
c1.items = c1.items + [1]
c2.items.append(2)
print(c1.items, c2.items, C.items)
class D:
    def method(self):
        return "method"
d = D()
print(d.method.__func__ is D.method, d.method.__self__ is d)
D.method = lambda self: "replaced on class"
print(d.method())
class E:
    __private = "mangled"
    def get(self):
        return self.__private
    def set_(self, v):
        self.__secret = v
e = E()
print(e.get(), E._E__private)
e.set_(5)
print(sorted(vars(e)))
try:
    E.__private
except AttributeError as ex:
    print("AttributeError", ex)
class F(E):
    def peek(self):
        try:
            return self.__private
        except AttributeError as ex:
            return "AttributeError " + str(ex)
print(F().peek())
print(type(b).__dict__ is B.__dict__ or "mappingproxy", type(B.__dict__).__name__)
try:
    B.__dict__["z"] = 1
except TypeError as ex:
    print("TypeError", ex)
