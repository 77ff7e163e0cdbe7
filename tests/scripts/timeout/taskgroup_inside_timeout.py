# A deadline around a TaskGroup: every child is cancelled, the group raises
# the CancelledError onwards and the timeout turns it into TimeoutError,
# not an ExceptionGroup. (Siblings are cancelled in the order of the group's
# internal set, which is unspecified, so the children's log is sorted.)
import asyncio

log = []


async def child(name, d):
    try:
        if d:
            await asyncio.sleep(d)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("fast", 0))
                tg.create_task(child("slow1", 0.5))
                tg.create_task(child("slow2", 0.5))
    except TimeoutError as e:
        log.append(f"TimeoutError, cause {type(e.__cause__).__name__}")
    except BaseExceptionGroup as eg:
        log.append(f"group (wrong): {eg!r}")
    for line in sorted(log[:-1]) + log[-1:]:
        print(line)
    print("task cancelling() back to:", asyncio.current_task().cancelling())


asyncio.run(main())
