# __traceback__ objects: tb_lineno, tb_next chain, tb_frame code names, with_traceback.
def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e = ValueError("fresh")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None, e.__traceback__.tb_lineno)
e2 = KeyError("k")
try:
    try:
        raise e2
    except KeyError as caught:
        tb_saved = caught.__traceback__
    raise RuntimeError("other").with_traceback(tb_saved)
except RuntimeError as r:
    print(r.__traceback__.tb_lineno, r.__traceback__.tb_next.tb_lineno if r.__traceback__.tb_next else None)
print(ValueError("x").with_traceback(None).__traceback__)
try:
    ValueError().with_traceback(5)
except TypeError as ex:
    print("TypeError", ex)
def gen():
    yield 1
    raise KeyError("from generator")
try:
    list(gen())
except KeyError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames:", n)
