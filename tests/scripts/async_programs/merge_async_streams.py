# Merging several async streams into one, in arrival order, with a task per
# source feeding a shared queue; the merged stream ends when every source
# is exhausted, and when the consumer stops early (closing the merged
# stream with aclosing) the feeding tasks are cancelled.
import asyncio
from contextlib import aclosing

DONE = object()


async def sleep_until(when):
    # unlike asyncio.sleep(when - now), this stays a timer even when `when`
    # has already passed, so wake-ups always happen in deadline order
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    handle = loop.call_at(when, lambda: fut.done() or fut.set_result(None))
    try:
        await fut
    finally:
        handle.cancel()


async def sensor(name, period, count, base, log):
    # readings are due at fixed times after a common start (base), so a
    # late wake-up does not shift the later readings
    try:
        for i in range(count):
            await sleep_until(base + (i + 1) * period)
            yield f"{name}#{i}"
    finally:
        log.append(f"{name} stream closed")


async def merge(*streams):
    q = asyncio.Queue()

    async def pump(stream):
        try:
            async for item in stream:
                await q.put(item)
        finally:
            await q.put(DONE)

    tasks = [asyncio.create_task(pump(s)) for s in streams]
    remaining = len(tasks)
    try:
        while remaining:
            item = await q.get()
            if item is DONE:
                remaining -= 1
            else:
                yield item
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def main():
    log = []
    base = asyncio.get_running_loop().time()
    # readings at 60, 120, 180 (temp), 150, 300 (wind), 210 (rain) ms:
    # at least 30 ms apart
    streams = [sensor("temp", 0.06, 3, base, log), sensor("wind", 0.15, 2, base, log),
               sensor("rain", 0.21, 1, base, log)]
    merged = [item async for item in merge(*streams)]
    print(merged)
    print(sorted(log))

    log.clear()
    taken = []
    base = asyncio.get_running_loop().time()
    async with aclosing(merge(sensor("fast", 0.06, 100, base, log), sensor("slow", 0.15, 100, base, log))) as m:
        async for item in m:
            taken.append(item)
            if len(taken) == 5:
                break
    print(taken)
    print(sorted(log))
    print("no pump tasks left:", len(asyncio.all_tasks()) == 1)


asyncio.run(main())
