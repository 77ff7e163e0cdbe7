# A child cancelled on its own (not through gather): without
# return_exceptions gather raises CancelledError; with it, the
# CancelledError is a result.
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)
    return d


async def main():
    t1 = asyncio.create_task(sleeper(0.3))
    t2 = asyncio.create_task(sleeper(0.5))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t2.cancel("child only")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    print("gather cancelled():", g.cancelled(), "t1 done:", t1.done())

    t3 = asyncio.create_task(sleeper(0.01))
    t4 = asyncio.create_task(sleeper(0.5))
    g = asyncio.gather(t3, t4, return_exceptions=True)
    await asyncio.sleep(0)
    t4.cancel("child only")
    print([repr(r) for r in await g])


asyncio.run(main())
