# The asend() awaitable driven by hand with send(): a yield of the generator
# surfaces as StopIteration carrying the value; an await inside the
# generator surfaces as a value yielded to the driver.
import types


@types.coroutine
def suspend():
    return (yield "suspended inside")


async def gen():
    got = yield "first"
    print("  gen received", got)
    r = await suspend()
    print("  await returned", r)
    yield "second"


g = gen()
aw = g.asend(None)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded:", e.value)
aw = g.asend("hello")
print("driver sees:", aw.send(None))
try:
    aw.send("resume value")
except StopIteration as e:
    print("yielded:", e.value)
aw = g.asend(None)
try:
    aw.send(None)
except StopAsyncIteration:
    print("exhausted")
