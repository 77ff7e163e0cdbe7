# The group's members are in the order the children failed, not the order
# they were created.
import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise LookupError(name)


async def raise_later(name, d):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        pass
    await asyncio.sleep(d)
    raise LookupError(name)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_later("created first, fails third", 0.02))
            tg.create_task(fail("created second, fails first", 0.01))
            tg.create_task(raise_later("created third, fails second", 0.01))
    except ExceptionGroup as eg:
        for e in eg.exceptions:
            print(e.args[0])


asyncio.run(main())
