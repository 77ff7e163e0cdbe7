# Barrier: cycles of parties, indexes, abort() and reset(), async with, and
# a cancelled waiter leaving the barrier unbroken.
import asyncio
async def worker(b, i, log):
    pos = await b.wait()
    log.append((i, pos))
async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    log = []
    async with asyncio.TaskGroup() as tg:
        for i in range(6):
            tg.create_task(worker(b, i, log))
    print(sorted(log))
    print(repr(b).split(" [")[1])
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("broken:", type(e).__name__, b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError:
        print("still broken")
    await b2.reset()
    print("after reset", b2.broken)
    async with asyncio.Barrier(1) as pos:
        print("async with index", pos)
    b3 = asyncio.Barrier(2)
    t = asyncio.create_task(b3.wait())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled; n_waiting", b3.n_waiting, "broken", b3.broken)
asyncio.run(main())
