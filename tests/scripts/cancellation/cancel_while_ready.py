# Cancelling a task that is already scheduled to run (after sleep(0))
# throws CancelledError into it at that next step.
import asyncio

log = []


async def worker():
    try:
        log.append("step 1")
        await asyncio.sleep(0)
        log.append("step 2 (not reached)")
    except asyncio.CancelledError:
        log.append("cancelled at step 2")
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log)


asyncio.run(main())
