# locals() in a function is one dict per call, refreshed each time and
# keeping names exec() put in it; class bodies and exec() with a mapping
# keep their names in that mapping; frame.f_locals and imports inside a
# function that called locals() see the function's own variables.
import sys


def snapshot():
    a = 1
    first = locals()
    b = 2
    second = locals()
    print(first is second, sorted(second))
    exec("c = 3", globals(), second)
    del a
    print(sorted(locals()), "c" in second)


snapshot()


class Body:
    x = 1
    seen = sorted(k for k in locals() if not k.startswith("__"))
    y = x + 1


print(Body.seen, Body.y)

ns = {}
exec("p = 5\nq = p * 2", {}, ns)
print(sorted(ns.items()))


def with_import():
    locals()
    import os.path as osp
    value = 10
    print(osp.__name__, sys._getframe().f_locals["value"])


with_import()


def code_of_a_function():
    z = 4
    return z + 1


mapping = {"unused": 1}
exec(code_of_a_function.__code__, {}, mapping)
print(sorted(mapping))


def failing():
    secret = "kept"
    locals()
    secret = "changed"
    raise ValueError(secret)


try:
    failing()
except ValueError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(frame.f_locals["secret"])
