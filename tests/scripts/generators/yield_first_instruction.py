# A generator whose very first instruction is a yield of a parameter: the
# first next() must run it, not skip it as if resuming.
def echo(a):
    yield a
print(list(echo(7)), next(echo("x")))
def args_first(a, *rest, k=1, **kw):
    yield a
    yield rest
    yield k
    yield kw
print(list(args_first(1, 2, 3, k=4, z=5)))
def sender(a):
    got = yield a
    yield got
g = sender("first")
print(next(g), g.send("second"))
def thrown(a):
    yield a
t = thrown(1)
try:
    t.throw(KeyError("at start"))
except KeyError as e:
    print("KeyError", e)
print(next(thrown(None)))
