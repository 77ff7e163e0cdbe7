# yield from: delegation, return values, send/throw forwarding.
def inner():
    x = yield "inner 1"
    print("inner got", x)
    y = yield "inner 2"
    print("inner got", y)
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer done"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x for x in [9]))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, [4]], 5], [[6]]])))
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
def delegating():
    yield from thrower()
    yield "after"
g = delegating()
next(g)
print(g.throw(ValueError("v")))
print(next(g))
def closer():
    try:
        yield 1
    finally:
        print("inner closed")
def deleg2():
    try:
        yield from closer()
    finally:
        print("outer closed")
g = deleg2()
next(g)
g.close()
def ret_only():
    return 5
    yield
def use_ret():
    v = yield from ret_only()
    yield v
print(list(use_ret()))
def yf_iter():
    r = yield from [1, 2]
    yield r
print(list(yf_iter()))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom value")
        return self.n
def yf_custom():
    r = yield from It()
    yield r
print(list(yf_custom()))
def stopiter_in_gen():
    yield 1
    raise StopIteration("oops")
try:
    list(stopiter_in_gen())
except RuntimeError as e:
    print("RuntimeError", e, "cause:", repr(e.__cause__))
def yf_non_iterable():
    yield from 5
try:
    list(yf_non_iterable())
except TypeError as e:
    print("TypeError", e)
