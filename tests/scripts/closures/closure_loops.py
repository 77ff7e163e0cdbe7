# Closures created in loops and comprehensions; defaults as snapshots.
funcs = {}
for name in ["a", "b", "c"]:
    funcs[name] = lambda: name
print({k: f() for k, f in funcs.items()})
funcs = {name: (lambda n=name: n) for name in ["a", "b", "c"]}
print({k: f() for k, f in funcs.items()})
adders = [lambda x, i=i: x + i for i in range(4)]
print([a(10) for a in adders])
adders = [lambda x: x + i for i in range(4)]
print([a(10) for a in adders])
gens = [(lambda: j) for j in range(3)]
print([g() for g in gens])
def make_handlers():
    handlers = []
    for i in range(3):
        def handler(i=i):
            return f"handler {i}"
        handlers.append(handler)
    return handlers
print([h() for h in make_handlers()])
def while_closure():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n)
        n += 1
    return [f() for f in out]
print(while_closure())
def nested_comprehension_closures():
    return [[(lambda: (x, y))() for y in range(2)] for x in range(2)]
print(nested_comprehension_closures())
def gen_closure():
    fns = (lambda: k for k in range(3))
    return [f() for f in fns]
print(gen_closure())
