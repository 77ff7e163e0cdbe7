# KeyboardInterrupt raised by a child task escapes the event loop at once
# (asyncio.run raises it); while asyncio.run shuts down, the TaskGroup
# re-raises it bare in the parent, which can catch it.
import asyncio

log = []


async def child():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt("from child")


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("sibling cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            tg.create_task(sibling())
    except KeyboardInterrupt as e:
        log.append(f"parent caught bare {e!r}")
    log.append("parent returns")


try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print("asyncio.run raised", repr(e))
print(log)
