# One failure cancels every sibling; their cleanup runs; the group raises
# a BaseExceptionGroup (an ExceptionGroup, since the member is an Exception).
# (The group cancels siblings in an unspecified order, so the log is sorted.)
import asyncio

log = []


async def sibling(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished (should not happen)")
    except asyncio.CancelledError:
        log.append(f"{name}: cleanup ran")
        raise
    finally:
        log.append(f"{name}: finally ran")


async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def main():
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks.append(tg.create_task(sibling("s1", 0.5)))
            tasks.append(tg.create_task(failing()))
            tasks.append(tg.create_task(sibling("s2", 0.5)))
    except BaseExceptionGroup as eg:
        for line in sorted(log):
            print(line)
        print("caught:", repr(eg))
        print("is ExceptionGroup:", type(eg) is ExceptionGroup)
        print("is BaseExceptionGroup:", isinstance(eg, BaseExceptionGroup))
        print("members:", [type(e).__name__ for e in eg.exceptions])
    print("states:", [("cancelled" if t.cancelled() else "done") for t in tasks])


asyncio.run(main())
