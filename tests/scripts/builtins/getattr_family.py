# getattr/setattr/hasattr/delattr on instances, classes and modules, with defaults and errors.
import math
class C:
    cls_attr = "class"
    def method(self):
        return "method"
c = C()
setattr(c, "dyn", 1)
setattr(c, "with space", 2)
print(getattr(c, "dyn"), getattr(c, "with space"), getattr(c, "cls_attr"), getattr(c, "method")(), getattr(c, "nope", None))
print(hasattr(c, "dyn"), hasattr(c, "nope"), hasattr(C, "method"), hasattr(math, "pi"), hasattr(5, "real"))
delattr(c, "dyn")
print(hasattr(c, "dyn"), sorted(vars(c)))
try:
    delattr(c, "dyn")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError", e)
setattr(C, "added", staticmethod(lambda: "added to class"))
print(c.added(), getattr(math, "sqrt")(16), getattr(math, "nope", "default"))
class Prop:
    @property
    def p(self):
        raise ValueError("property raised ValueError")
try:
    hasattr(Prop(), "p")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name
        raise AttributeError(name)
print(hasattr(Dyn(), "xyz"), hasattr(Dyn(), "abc"), getattr(Dyn(), "x1"))
for name in ["__class__", "__dict__", "__doc__", "__module__"]:
    print(name, hasattr(c, name))
