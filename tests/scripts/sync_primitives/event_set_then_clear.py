# A waiter released by set() still wakes even if the event is cleared
# before it gets to run.
import asyncio


async def main():
    ev = asyncio.Event()
    woke = []

    async def waiter():
        await ev.wait()
        woke.append(ev.is_set())

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.wait_for(t, 1)
    print("woke, seeing is_set() =", woke)

    t2 = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.gather(t2, return_exceptions=True)
    print("cancelled waiter:", t2.cancelled())
    ev.set()
    print("a later set() is unaffected:", await ev.wait())


asyncio.run(main())
