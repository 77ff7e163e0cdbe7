# locals() in a function is one dict per frame, refreshed at each call: names exec() stores stay.
def f():
    a = 1
    l1 = locals()
    b = 2
    l2 = locals()
    print(l1 is l2, sorted(l1), l1["b"])
    del a
    print(sorted(locals()))
    exec("c = 3")
    print(locals().get("c"), "c" in locals())
    exec("a = 9")
    print(locals().get("a"))
f()
def g(x):
    def inner():
        return x
    exec("y = x * 2")
    return locals()["y"], sorted(locals())
print(g(4))
def gen():
    v = 1
    yield sorted(locals())
    w = 2
    yield sorted(locals())
print(list(gen()))
