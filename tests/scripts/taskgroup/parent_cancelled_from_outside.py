# Cancelling the task that runs a TaskGroup cancels the children and
# propagates CancelledError (not a group).
import asyncio

log = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(f"runner got CancelledError{e.args}")
        raise


async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel("shutdown")
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(f"main: runner cancelled{e.args}")
    for line in sorted(log[:2]) + log[2:]:
        print(line)

    log.clear()

    async def runner_waiting_in_exit():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c3"))

    t = asyncio.create_task(runner_waiting_in_exit())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log, "cancelled():", t.cancelled())


asyncio.run(main())
