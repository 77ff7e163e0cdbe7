# repr() of a TaskGroup through its life.
import asyncio


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    try:
        async with tg:
            print(repr(tg))
            tg.create_task(asyncio.sleep(1))
            tg.create_task(fail())
            print(repr(tg))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(repr(tg))
                raise
    except* ValueError:
        pass
    print(repr(tg))


asyncio.run(main())
