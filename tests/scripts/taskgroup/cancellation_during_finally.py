# Children doing async cleanup in finally when cancelled: the group waits
# for the cleanup to finish before it exits. When the parent is cancelled a
# second time while the group is already aborting, the group does not
# cancel its children again, so their cleanup runs to the end.
import asyncio

log = []


async def careful(name, cleanup):
    try:
        await asyncio.sleep(1)
    finally:
        log.append(f"{name} cleanup starts")
        await asyncio.sleep(cleanup)
        log.append(f"{name} cleanup done")


async def fail():
    await asyncio.sleep(0.01)
    raise ConnectionError("lost")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(careful("db", 0.02))
            tg.create_task(fail())
    except* ConnectionError:
        log.append("group exited after all cleanup")
    print("\n".join(log))

    log.clear()

    async def cleanup_cancelled_again():
        try:
            await asyncio.sleep(1)
        finally:
            try:
                await asyncio.sleep(0.05)
                log.append("second cleanup finished")
            except asyncio.CancelledError:
                log.append("cleanup itself was cancelled")
                raise

    t = None

    async def wrapper():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(cleanup_cancelled_again())

    t = asyncio.create_task(wrapper())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log, "wrapper cancelled():", t.cancelled())


asyncio.run(main())
