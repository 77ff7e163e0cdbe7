# type, isinstance, callable, id identity, vars, dir of user classes, globals/locals.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
c = Child()
print(type(c).__name__, type(Child).__name__, type(type).__name__, type(None).__name__, type(len).__name__)
print(isinstance(c, Base), isinstance(c, (int, Base)), issubclass(Child, Base), callable(c), callable(Child.child_method))
print(vars(c), sorted(vars(Child).keys() - {"__dict__", "__weakref__"}))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
def show_locals(p, q=2):
    r = p + q
    return sorted(locals())
print(show_locals(1))
g = globals()
print(g["__name__"], "Child" in g, "show_locals" in g, type(g).__name__)
module_level_var = "visible"
print(globals()["module_level_var"], locals() is globals())
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
print(sorted(vars(type("T", (), {"a": 1, "b": 2})).keys() - {"__dict__", "__weakref__", "__module__", "__doc__"}))
print(type(1) is int, type("") is str, type(1.0) == float, type(type(1)) is type)
print(dir(5)[:0], "__add__" in dir(5), "append" in dir([]), "keys" in dir({}))
