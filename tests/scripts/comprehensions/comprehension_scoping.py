# Comprehension scopes: iteration variables do not leak; first iterable is evaluated outside.
x = "global x"
res = [x for x in range(3)]
print(res, x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class C:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
    factor = 3
    try:
        scaled = [d * factor for d in data]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(C.doubled, C.scaled)
def g():
    return [lambda: i for i in range(3)]
print([h() for h in g()])
n = 5
print([n for n in range(n)])
print(n)
def evaluation():
    calls = []
    def src(tag):
        calls.append(tag)
        return range(2)
    gen = (a for a in src("outer") for b in src("inner"))
    print("after creating gen:", calls)
    list(gen)
    print("after consuming:", calls)
evaluation()
def nested_scope():
    outer = "o"
    return [[outer + str(i) + str(j) for j in range(2)] for i in range(2)]
print(nested_scope())
def walrus_leak():
    [last := v for v in "abc"]
    return last
print(walrus_leak())
try:
    [zz for zz in range(3)]
    print(zz)
except NameError as e:
    print("NameError", e)
def comp_uses_later_local():
    fns = [lambda: later for _ in range(1)]
    later = "assigned after"
    return fns[0]()
print(comp_uses_later_local())
def dict_comp_order():
    seen = []
    d = {seen.append(("k", k)) or k: seen.append(("v", k)) or k for k in range(2)}
    return seen, d
print(dict_comp_order())
print([e for e in [ValueError, TypeError] if issubclass(e, Exception)][0].__name__)
