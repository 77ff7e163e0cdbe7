# Nested wait_for: the shorter deadline wins, whichever level it is at.
import asyncio


async def sleep_for(d):
    await asyncio.sleep(d)
    return d


async def level(inner_timeout, work):
    try:
        return await asyncio.wait_for(sleep_for(work), inner_timeout)
    except TimeoutError:
        return "inner timed out"


async def main():
    for outer_t, inner_t, work in ((0.5, 0.01, 0.05), (0.01, 0.5, 0.05), (0.5, 0.5, 0.01)):
        try:
            r = await asyncio.wait_for(level(inner_t, work), outer_t)
            print(f"outer={outer_t} inner={inner_t} work={work}: {r}")
        except TimeoutError:
            print(f"outer={outer_t} inner={inner_t} work={work}: outer timed out")


asyncio.run(main())
