# Rebinding captured variables after closure creation; captured mutable objects.
def make():
    items = []
    def add(x):
        items.append(x)
        return items
    def replace():
        nonlocal items
        items = ["fresh"]
    def get():
        return items
    return add, replace, get
add, replace, get = make()
add(1); add(2)
print(get())
replace()
print(get(), add(3))
def shadow_inside():
    x = "outer"
    def inner():
        x = "inner local"
        return x
    inner()
    return x
print(shadow_inside())
def param_closure(x):
    def inner():
        return x
    x = "rebound"
    return inner()
print(param_closure("orig"))
def delayed():
    fns = []
    value = "first"
    fns.append(lambda: value)
    value = "second"
    fns.append(lambda: value)
    return [f() for f in fns]
print(delayed())
def unbound_closure():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return inner()
print(unbound_closure())
