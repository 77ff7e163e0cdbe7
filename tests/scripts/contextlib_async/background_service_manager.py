# An @asynccontextmanager that runs a background task for the duration of
# the block and stops it cleanly on exit.
import asyncio
from contextlib import asynccontextmanager

ticks = []
ticked = None  # an Event set on every beat


async def sleep_until(when):
    # a timer even if `when` has passed, so wake-ups stay in deadline order
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    handle = loop.call_at(when, lambda: fut.done() or fut.set_result(None))
    try:
        await fut
    finally:
        handle.cancel()


async def heartbeat(interval, start):
    # beats are due at fixed times after start, so late wake-ups do not drift
    n = 0
    try:
        while True:
            await sleep_until(start + (n + 1) * interval)
            n += 1
            ticks.append(n)
            ticked.set()
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
    global ticked
    ticked = asyncio.Event()
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with running(heartbeat(0.02, start)) as t:
        while len(ticks) < 2:
            ticked.clear()
            await ticked.wait()
        print("inside: ticks so far", ticks)
    print("after:", ticks, "task cancelled:", t.cancelled())
    ticks.clear()
    try:
        async with running(heartbeat(0.02, loop.time())) as t:
            raise LookupError("body failed")
    except LookupError as e:
        # the task was cancelled before its first step, so it logged nothing
        print("error passed through:", e, "| ticks:", ticks, "cancelled:", t.cancelled())


asyncio.run(main())
