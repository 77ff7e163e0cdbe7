# global and nonlocal declarations, rebinding across scopes.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    inc(); inc(); inc()
    return get(), inc
val, inc = outer()
print(val, inc(), inc())
def levels():
    a = "outer"
    def middle():
        a = "middle"
        def inner():
            nonlocal a
            a = "changed by inner"
        inner()
        return a
    m = middle()
    return a, m
print(levels())
def skip_level():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
    middle()
    return x
print(skip_level())
x = "global x"
def shadow():
    x = "local x"
    def inner():
        global x
        return x
    return inner()
print(shadow())
def read_global():
    return counter
print(read_global())
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    counter = 5
unbound()
class K:
    attr = "class attr"
    def m(self):
        try:
            return attr
        except NameError as e:
            return "NameError " + str(e)
print(K().m())
def class_in_func():
    v = "enclosing"
    class Inner:
        v = "class body"
        w = v
        def meth(self):
            return v
    return Inner.w, Inner().meth()
print(class_in_func())
def global_in_nested():
    def inner():
        global gnew
        gnew = 42
    inner()
global_in_nested()
print(gnew)
def multi():
    global g1, g2
    g1, g2 = 1, 2
multi()
print(g1, g2)
def nonlocal_multi():
    p = q = 0
    def f():
        nonlocal p, q
        p, q = 3, 4
    f()
    return p, q
print(nonlocal_multi())
