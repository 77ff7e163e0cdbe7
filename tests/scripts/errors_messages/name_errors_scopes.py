# NameError, UnboundLocalError and free-variable errors in different scopes.
def local_before_assignment():
    print(value)
    value = 1
def free_before_assignment():
    def inner():
        return later
    result = inner()
    later = 2
    return result
def deleted_local():
    x = 1
    del x
    return x
def global_missing():
    global never_defined
    return never_defined
def class_scope():
    class C:
        a = 1
        b = [a for _ in range(1)]
    return C.b
def nested_del():
    y = 1
    def inner():
        nonlocal y
        del y
    inner()
    return y
for fn in [local_before_assignment, free_before_assignment, deleted_local, global_missing, class_scope, nested_del]:
    try:
        print(fn.__name__, fn())
    except NameError as e:
        print(fn.__name__, type(e).__name__, e, isinstance(e, NameError), e.name)
try:
    undefined_here
except NameError as e:
    print(type(e).__name__, e, e.name)
try:
    del undefined_too
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("print(zzz)", {})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("missing + 1", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
