# eval/exec with explicit globals and locals, __builtins__ injection and namespace effects.
x = 10
print(eval("x + 1"), eval("x + 1", {"x": 1}), eval("x + y", {"x": 1}, {"y": 2}))
g = {"a": 1}
exec("b = a + 1\nc = b * 2", g)
print(sorted(k for k in g if k != "__builtins__"), g["c"], "__builtins__" in g)
loc = {}
exec("d = 5", {}, loc)
print(loc)
print(exec("1 + 1"), eval("None"))
def f():
    y = 1
    exec("y = 2")
    return y
print(f())
def g2():
    exec("z = 3")
    return locals().get("z")
print(g2())
def h():
    ns = {}
    exec("w = 4", globals(), ns)
    return ns["w"]
print(h())
exec("new_global = 'made by exec'")
print(new_global)
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("abs(-1)", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
print(eval("[i * i for i in range(4)]", {}), eval("(lambda q: q + 1)(1)"))
code = compile("result = sum(values)", "<agg>", "exec")
ns = {"values": [1, 2, 3]}
exec(code, ns)
print(ns["result"])
print(eval("  1 + 2  "), eval("\n3\n"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print("KeyError", e)
class Lookup(dict):
    def __missing__(self, key):
        return key.upper()
print(eval("hello + world", {}, Lookup()))
print(eval(b"2 ** 5"), exec(b"pass"))
