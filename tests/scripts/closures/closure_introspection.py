# __closure__, co_freevars, co_cellvars and cell identity across functions.
def outer(a, b):
    c = a + b
    def inner():
        return a, c
    def other():
        return c
    return inner, other
inner, other = outer(1, 2)
print(inner.__code__.co_freevars, other.__code__.co_freevars)
print(outer.__code__.co_cellvars)
print([cell.cell_contents for cell in inner.__closure__])
print(inner.__closure__[1] is other.__closure__[0])
print(type(inner.__closure__).__name__, type(inner.__closure__[0]).__name__)
def no_free():
    return 1
print(no_free.__closure__, no_free.__code__.co_freevars)
def uses_global():
    return print
print(uses_global.__closure__)
def method_class():
    class A:
        def f(self):
            return __class__
    return A
A = method_class()
print(A().f() is A, A.f.__code__.co_freevars)
def cell_compare():
    x = 1
    y = 1
    f = lambda: (x, y)
    c1, c2 = f.__closure__
    return c1 == c2, c1 is c2
print(cell_compare())
