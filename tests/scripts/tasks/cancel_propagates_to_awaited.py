# Cancelling a task that is awaiting another task or a future cancels what
# it awaits too; awaiting through shield does not.
import asyncio


async def inner(log, name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def outer(log, target):
    try:
        await target
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise


async def main():
    log = []
    inner_t = asyncio.create_task(inner(log, "inner task"))
    outer_t = asyncio.create_task(outer(log, inner_t))
    await asyncio.sleep(0)
    outer_t.cancel()
    await asyncio.gather(outer_t, return_exceptions=True)
    await asyncio.sleep(0)
    print(log, "inner cancelled():", inner_t.cancelled())

    log.clear()
    fut = asyncio.get_running_loop().create_future()
    outer_t = asyncio.create_task(outer(log, fut))
    await asyncio.sleep(0)
    outer_t.cancel()
    await asyncio.gather(outer_t, return_exceptions=True)
    print(log, "future cancelled():", fut.cancelled())

    log.clear()
    inner_t = asyncio.create_task(inner(log, "shielded inner"))
    outer_t = asyncio.create_task(outer(log, asyncio.shield(inner_t)))
    await asyncio.sleep(0)
    outer_t.cancel()
    await asyncio.gather(outer_t, return_exceptions=True)
    print(log, "shielded inner done():", inner_t.done())
    inner_t.cancel()
    await asyncio.gather(inner_t, return_exceptions=True)
    print(log)


asyncio.run(main())
