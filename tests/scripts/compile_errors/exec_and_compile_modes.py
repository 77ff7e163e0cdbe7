# compile() modes, exec/eval of compiled code, SyntaxError attributes and str().
code = compile("x = 5\ny = x * 2\n", "<calc>", "exec")
ns = {}
exec(code, ns)
print(ns["x"], ns["y"], type(code).__name__, code.co_filename, code.co_name)
expr = compile("a + b", "<expr>", "eval")
print(eval(expr, {"a": 2, "b": 3}), eval("a * b", {"a": 4}, {"b": 5}))
single = compile("z = 42", "<single>", "single")
exec(single, ns)
print(ns["z"])
for src, mode in [("x = 1", "eval"), ("def f(): pass", "eval"), ("1 +", "eval"), ("return", "exec"), ("x = (", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(repr(src), mode, "->", e.msg, e.filename, e.lineno)
try:
    compile("x", "<bad>", "nonsense")
except ValueError as e:
    print("ValueError", e)
try:
    exec("def f():\n    return\nbreak\n")
except SyntaxError as e:
    print(type(e).__name__, str(e), e.args[0], e.lineno)
try:
    eval("nonlocal q")
except SyntaxError as e:
    print(type(e).__name__, e)
g = {}
exec("def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n        return v\n    return inner()\n", g)
print(g["outer"]())
print(sorted(k for k in g if not k.startswith("__")), "__builtins__" in g)
