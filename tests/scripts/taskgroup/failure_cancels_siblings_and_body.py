# A failing child cancels its siblings and the body of the async with
# block (at its current await); the body's remaining code does not run.
import asyncio

log = []


async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("child failed")


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("sibling cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            s = tg.create_task(sibling())
            try:
                await asyncio.sleep(1)
                log.append("body finished sleeping (wrong)")
            except asyncio.CancelledError:
                log.append("body cancelled at its await")
                raise
            log.append("body continued (wrong)")
    except* ValueError as eg:
        log.append(f"caught {eg!r}")
    print("\n".join(log))
    print("sibling cancelled():", s.cancelled())
    print("parent not left cancelling:", asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    print("the parent can keep awaiting")


asyncio.run(main())
