# wait_for returns the result when the awaitable finishes in time, and
# passes exceptions through unchanged.
import asyncio


async def quick(x):
    await asyncio.sleep(0.01)
    return x


async def bad():
    await asyncio.sleep(0)
    raise KeyError("inner")


async def main():
    print(await asyncio.wait_for(quick("fast"), timeout=1))
    print(await asyncio.wait_for(quick("no timeout"), timeout=None))
    try:
        await asyncio.wait_for(bad(), timeout=1)
    except KeyError as e:
        print("passed through:", repr(e))
    t = asyncio.create_task(quick("task"))
    print(await asyncio.wait_for(t, 1))
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, f.set_result, "future")
    print(await asyncio.wait_for(f, 1))


asyncio.run(main())
