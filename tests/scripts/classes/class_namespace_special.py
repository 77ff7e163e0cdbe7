# __class__, __dict__, __name__, __bases__, __mro__, __subclasses__ and attribute introspection.
class A:
    pass
class B(A):
    pass
class C(B):
    pass
c = C()
print(c.__class__.__name__, c.__class__ is C, C.__base__.__name__, C.__bases__)
print([k.__name__ for k in C.__mro__], [k.__name__ for k in C.mro()])
print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()])
print(isinstance(c, A), issubclass(C, A), issubclass(A, C), issubclass(C, C))
print(isinstance(c, (int, str, A)), issubclass(C, (int, B)))
class D:
    pass
d = D()
d.__class__ = A
print(type(d).__name__, isinstance(d, A))
try:
    d.__class__ = int
except TypeError as e:
    print("TypeError", e)
print(object.__bases__, object.__mro__ == (object,), type.__mro__[1].__name__)
print(int.__mro__, bool.__mro__)
class E:
    x = 1
    def f(self):
        pass
print(sorted(k for k in E.__dict__ if not k.startswith("__")))
print("__init__" in E.__dict__, "__init__" in dir(E), "__dict__" in E.__dict__)
e = E()
e.y = 2
print(sorted(k for k in dir(e) if not k.startswith("__")))
print(e.__dict__, vars(e) is e.__dict__)
e.__dict__["z"] = 3
print(e.z)
e.__dict__ = {"replaced": True}
print(e.replaced, hasattr(e, "y"))
print(C.__name__, C.__qualname__, type(C).__name__, type(c.__dict__).__name__)
print(A.__doc__, A.__module__)
