# An asend/anext awaitable can be awaited once, and a generator cannot be
# advanced by two tasks at the same time.
import asyncio


async def slow_gen():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i


async def main():
    g = slow_gen()
    step = anext(g)
    print("first await:", await step)
    try:
        await step
    except RuntimeError as e:
        print("second await:", e)

    g = slow_gen()
    t = asyncio.create_task(anext(g))
    await asyncio.sleep(0)
    try:
        await anext(g)
    except RuntimeError as e:
        print("concurrent anext:", e)
    print("task got:", await t)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose:", e)

    g = slow_gen()
    t = asyncio.create_task(anext(g))
    await asyncio.sleep(0)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose while running:", e)
    print("task got:", await t)
    await g.aclose()


asyncio.run(main())
