# A timeout inside one child of a TaskGroup only affects that child; the
# child may handle it, or let TimeoutError fail the group.
import asyncio


async def with_deadline(name, d, handle):
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(d)
        return f"{name} in time"
    except TimeoutError:
        if handle:
            return f"{name} timed out, handled"
        raise


async def sibling(d=0.03):
    await asyncio.sleep(d)
    return "sibling finished"


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(with_deadline("a", 0.5, handle=True))
        b = tg.create_task(with_deadline("b", 0, handle=True))
        c = tg.create_task(sibling())
    print(a.result(), "|", b.result(), "|", c.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(with_deadline("d", 0.5, handle=False))
            s = tg.create_task(sibling(1))
    except* TimeoutError as eg:
        print("group failed:", repr(eg))
        print("member cause:", type(eg.exceptions[0].__cause__).__name__)
    print("sibling cancelled:", s.cancelled())


asyncio.run(main())
