# What gather() lacks: when one awaitable fails, gather propagates the first
# exception at once, but the siblings keep running: nobody cancels them.
import asyncio

events = []
release = None


async def slow(name):
    try:
        await release.wait()  # set only after the caller has moved on
        events.append(f"{name} finished after the caller gave up")
    except asyncio.CancelledError:
        events.append(f"{name} cancelled")
        raise


async def fast_fail():
    await asyncio.sleep(0.01)
    raise ValueError("fast failure")


async def main():
    global release
    release = asyncio.Event()
    base = len(asyncio.all_tasks())
    try:
        await asyncio.gather(slow("s1"), fast_fail(), slow("s2"))
    except ValueError as e:
        print("gather raised:", e)
    print("siblings still running:", len(asyncio.all_tasks()) - base)
    release.set()
    await asyncio.sleep(0.01)
    print(events)
    release = asyncio.Event()  # never set: the TaskGroup must cancel them

    events.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("s1"))
            tg.create_task(fast_fail())
            tg.create_task(slow("s2"))
    except* ValueError as eg:
        print("TaskGroup raised:", repr(eg))
    print("siblings still running:", len(asyncio.all_tasks()) - base)
    print(sorted(events))  # the group cancels siblings in an unspecified order


asyncio.run(main())
