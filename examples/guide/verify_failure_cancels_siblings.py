# One failure cancels every sibling; their cleanup runs; the group raises
# a BaseExceptionGroup (an ExceptionGroup, since the member is an Exception).
import asyncio


async def sibling(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished (should not happen)")
    except asyncio.CancelledError:
        print(f"{name}: cleanup ran")
        raise
    finally:
        print(f"{name}: finally ran")


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
        print("caught:", repr(eg))
        print("is ExceptionGroup:", type(eg) is ExceptionGroup)
        print("is BaseExceptionGroup:", isinstance(eg, BaseExceptionGroup))
        print("members:", [type(e).__name__ for e in eg.exceptions])
    print("states:", [("cancelled" if t.cancelled() else "done") for t in tasks])


asyncio.run(main())
