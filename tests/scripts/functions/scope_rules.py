# LEGB name resolution, class scope skipping, shadowing builtins.
x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(f(), g(), h(), x)
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
import builtins
builtins.my_builtin_name = "from builtins"
print(my_builtin_name)
my_builtin_name = "global shadows builtin"
print(my_builtin_name)
del my_builtin_name
print(my_builtin_name)
del builtins.my_builtin_name
class A:
    y = 1
    z = [y for _ in range(1)] if False else None
    def m(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
print(A().m())
class B:
    y = 2
    try:
        lst = [y for _ in range(2)]
    except NameError as e:
        lst = "NameError: " + str(e)
    gen_first = [i for i in range(y)]
print(B.lst, B.gen_first)
def late_binding():
    def inner():
        return later
    later = "bound after definition"
    return inner()
print(late_binding())
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def comprehension_no_leak():
    [j for j in range(3)]
    try:
        return j
    except NameError as e:
        return "NameError: " + str(e)
print(comprehension_no_leak())
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(exc_var_cleared())
print(sorted(k for k in locals() if not k.startswith("__"))[:6])
def locals_view(a, b=2):
    c = 3
    return sorted(locals().items())
print(locals_view(1))
