# Condition.wait() cancelled while waiting takes the lock back before the
# CancelledError reaches the caller, so `async with cond:` releases a lock it
# holds; a Barrier waiter cancelled the same way leaves the barrier usable.
import asyncio


async def main():
    cond = asyncio.Condition()

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            finally:
                print("lock held in finally:", cond.locked())

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled; lock now", cond.locked())

    barrier = asyncio.Barrier(2)
    t = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("barrier waiter cancelled; n_waiting", barrier.n_waiting, "broken", barrier.broken)
    results = await asyncio.gather(barrier.wait(), barrier.wait())
    print("barrier still works:", sorted(results))


asyncio.run(main())
