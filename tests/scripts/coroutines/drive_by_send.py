# Driving coroutines by hand with send(): what each step yields, the
# StopIteration carrying the return value, and send() misuse.
import types


@types.coroutine
def suspend(value):
    received = yield value
    return received


async def worker():
    a = await suspend("first")
    b = await suspend("second")
    return f"got {a} and {b}"


coro = worker()
print("send(None) ->", coro.send(None))
print("send(1) ->", coro.send(1))
try:
    coro.send(2)
except StopIteration as e:
    print("StopIteration value:", e.value)

try:
    coro.send(None)
except RuntimeError as e:
    print("send after finishing:", type(e).__name__, e)

fresh = worker()
try:
    fresh.send("x")
except TypeError as e:
    print("non-None to a just-started coroutine:", e)
fresh.close()


async def immediate():
    return 42


c = immediate()
try:
    c.send(None)
except StopIteration as e:
    print("immediate return:", e.value, e.args)


async def returns_none():
    pass


c = returns_none()
try:
    c.send(None)
except StopIteration as e:
    print("no return value:", e.value, e.args)


async def returns_tuple():
    return (1, 2)


c = returns_tuple()
try:
    c.send(None)
except StopIteration as e:
    print("tuple return:", e.value, e.args)
