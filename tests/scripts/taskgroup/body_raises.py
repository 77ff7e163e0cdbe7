# An exception raised by the body itself cancels the children and is
# included in the group, after the children's errors. A child cancelled
# before its first step never runs at all (so it logs nothing).
import asyncio

log = []


async def child(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise KeyError(name)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("long", 1))
            raise ValueError("body failed")
    except ExceptionGroup as eg:
        print(repr(eg))
    print(log)
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("failer", 0, fail=True))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            raise ValueError("body failed after a child")
    except ExceptionGroup as eg:
        print(repr(eg))
    print(log)


asyncio.run(main())
