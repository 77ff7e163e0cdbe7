# Generator-based coroutines made with types.coroutine can be awaited and
# can await other awaitables through `yield from`.
import asyncio
import inspect
import re
import types


def masked(text):
    # object addresses differ from run to run
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", str(text))


@types.coroutine
def legacy_sleep_zero():
    yield


@types.coroutine
def legacy_add(a, b):
    yield from asyncio.sleep(0)
    return a + b


async def modern():
    await legacy_sleep_zero()
    return await legacy_add(2, 3)


@types.coroutine
def legacy_calls_modern():
    result = yield from modern()
    return result * 10


def plain_gen():
    yield


print("is generator function:", inspect.isgeneratorfunction(legacy_add))
g = legacy_add(1, 1)
print("type:", type(g).__name__, "awaitable:", inspect.isawaitable(g))
g.close()
print("plain generator awaitable:", inspect.isawaitable(plain_gen()))


async def main():
    print("modern:", await modern())
    print("legacy calling modern:", await legacy_calls_modern())
    try:
        await plain_gen()
    except TypeError as e:
        print("plain generator:", e)


asyncio.run(main())
try:
    asyncio.run(legacy_sleep_zero())
except ValueError as e:
    print("ValueError:", masked(e))
