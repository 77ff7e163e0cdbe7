# Metaclasses: __new__/__init__ of the metaclass, class keywords, __prepare__ omitted, type checks.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = "Meta"
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def describe(cls):
        return f"class {cls.__name__}"
class Base(metaclass=Meta):
    a = 1
class Child(Base, flag=True):
    b = 2
print(Base.created_by, Child.created_by, type(Child).__name__, Child.describe())
try:
    Child().describe()
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(Child, Meta), isinstance(Child, type), type(Meta).__name__)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError", e)
class AttrMeta(type):
    def __getattr__(cls, name):
        return f"meta-provided {name}"
class UsesAttrMeta(metaclass=AttrMeta):
    real = "real"
print(UsesAttrMeta.real, UsesAttrMeta.anything)
class LenMeta(type):
    def __len__(cls):
        return 99
    def __iter__(cls):
        return iter([1, 2])
class Sized(metaclass=LenMeta): pass
print(len(Sized), list(Sized))
