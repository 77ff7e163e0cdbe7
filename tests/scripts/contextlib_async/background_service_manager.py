# An @asynccontextmanager that runs a background task for the duration of
# the block and stops it cleanly on exit.
import asyncio
from contextlib import asynccontextmanager

ticks = []


async def heartbeat(interval):
    n = 0
    try:
        while True:
            await asyncio.sleep(interval)
            n += 1
            ticks.append(n)
    except asyncio.CancelledError:
        ticks.append("stopped")
        raise


@asynccontextmanager
async def running(coro):
    task = asyncio.create_task(coro)
    try:
        yield task
    finally:
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass


async def main():
    async with running(heartbeat(0.02)) as t:
        await asyncio.sleep(0.05)
        print("inside: ticks so far", ticks)
    print("after:", ticks, "task cancelled:", t.cancelled())
    ticks.clear()
    try:
        async with running(heartbeat(0.02)) as t:
            raise LookupError("body failed")
    except LookupError as e:
        # the task was cancelled before its first step, so it logged nothing
        print("error passed through:", e, "| ticks:", ticks, "cancelled:", t.cancelled())


asyncio.run(main())
