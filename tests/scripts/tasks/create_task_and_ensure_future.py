# What create_task and ensure_future accept.
import asyncio
import re


def masked(text):
    # object addresses differ from run to run
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", str(text))


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from __await__"


async def coro():
    return "coro"


async def main():
    for bad in (5, None, Awaitable()):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("create_task:", masked(e))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("ensure_future(future) is the future:", asyncio.ensure_future(fut) is fut)
    fut.cancel()
    t = asyncio.ensure_future(coro())
    print("ensure_future(coroutine):", type(t).__name__, await t)
    print("ensure_future(task) is the task:", asyncio.ensure_future(t) is t)
    w = asyncio.ensure_future(Awaitable())
    print("ensure_future(awaitable):", type(w).__name__, await w)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("ensure_future(5):", e)
    g = coro()
    try:
        asyncio.create_task(g, name="x", bogus=1)
    except TypeError as e:
        print("unknown keyword:", e)
    g.close()


asyncio.run(main())
