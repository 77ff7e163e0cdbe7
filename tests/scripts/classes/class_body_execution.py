# The class body runs once, top to bottom, as a namespace; names it can see.
print("before class")
class C:
    print("in class body")
    a = 1
    b = a + 1
    lst = [a, b]
    def m(self):
        return C.b
    print("locals so far:", sorted(k for k in locals() if not k.startswith("__")))
    for i in range(2):
        pass
    del i
    if a:
        conditional = "defined"
print("after class", C.b, C.lst, C().m(), C.conditional)
print(C.__module__, C.__qualname__)
def make_class(tag):
    class Local:
        label = tag
        def get(self):
            return self.label
    return Local
A, B = make_class("a"), make_class("b")
print(A().get(), B().get(), A is B, A.__qualname__)
class Outer:
    class_var = "outer var"
    class Inner:
        try:
            seen = class_var
        except NameError as e:
            seen = "NameError: " + str(e)
print(Outer.Inner.seen)
class WithDoc:
    "single-quoted docstring"
print(WithDoc.__doc__)
class NoDoc:
    x = 1
print(NoDoc.__doc__)
class Returns:
    def __init__(self):
        self.data = [i * i for i in range(3)]
print(Returns().data)
x = "module x"
class UsesModule:
    y = x
    x = "class x"
    z = x
print(UsesModule.y, UsesModule.z, x)
