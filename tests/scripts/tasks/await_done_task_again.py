# A finished task can be awaited any number of times; a failed task raises
# the same exception object each time, with a growing traceback.
import asyncio
import traceback


async def fail():
    raise ValueError("once")


async def value():
    return [1]


async def main():
    t = asyncio.create_task(value())
    r1 = await t
    r2 = await t
    print(r1, r2 is r1, t.result() is r1)
    f = asyncio.create_task(fail())
    caught = []
    for _ in range(2):
        try:
            await f
        except ValueError as e:
            caught.append(e)
    print("same object:", caught[0] is caught[1], caught[0] is f.exception())
    print("frames:", [fr.name for fr in traceback.extract_tb(caught[0].__traceback__)])


asyncio.run(main())
