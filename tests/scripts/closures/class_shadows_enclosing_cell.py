# A class that binds a name its methods take from the enclosing function:
# the body uses the class namespace, the methods (and comprehensions) the cell.
def f():
    v = "outer"
    w = "w-outer"
    class C:
        v = "class"
        print(v, w)
        def m(self):
            return v, w
        def setv(self, x):
            nonlocal v
            v = x
        class D:
            def n(self):
                return v
        lst = [v for _ in range(1)]
        g = lambda: v
    return C
C = f()
print(C.v, C().m(), C.D().n(), C.lst, C.g())
C().setv("changed")
print(C.v, C().m(), C.D().n(), C.g())
def h():
    x = 1
    class K:
        x = x + 1 if False else 5
        def get(self): return x
    return K
K = h()
print(K.x, K().get())
