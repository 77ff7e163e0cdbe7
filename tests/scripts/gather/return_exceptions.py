# return_exceptions=True puts exceptions (and CancelledErrors of cancelled
# children) into the result list.
import asyncio


async def ok(x):
    await asyncio.sleep(0.01)
    return x


async def fail(x):
    await asyncio.sleep(0.01)
    raise KeyError(x)


async def main():
    loop = asyncio.get_running_loop()
    cancelled = loop.create_future()
    cancelled.cancel("gone")
    res = await asyncio.gather(ok(1), fail(2), ok(3), cancelled, fail(4), return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))
    res = await asyncio.gather(ok("a"), return_exceptions=True)
    print(res)


asyncio.run(main())
