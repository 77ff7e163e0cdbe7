# repr of coroutine objects (addresses masked) and the
# state reported by inspect as a coroutine is driven.
import asyncio
import inspect
import re
import types


def masked(text):
    # object addresses differ from run to run
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", str(text))


@types.coroutine
def pause():
    yield


async def job():
    print("  state inside:", inspect.getcoroutinestate(c))
    await pause()
    return "done"


c = job()
print(repr(c).startswith("<coroutine object job at 0x"))
print(masked(repr(c)))
print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c))
print("cr_await:", type(c.cr_await).__name__)
print("cr_suspended:", c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(c))
print("cr_suspended after:", c.cr_suspended)

w = job().__await__()
print(type(w).__name__)
next(w)
try:
    next(w)
except StopIteration as e:
    print("wrapper finished with", e.value)
print("iter(wrapper) is wrapper:", iter(w) is w)
print("coroutine itself is not iterable:", not hasattr(c, "__next__") and not hasattr(c, "__iter__"))
