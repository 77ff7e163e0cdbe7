# Event: waiters block until set(); all of them wake, in FIFO order; a set
# event lets wait() return at once until clear().
import asyncio

order = []


async def waiter(name, ev):
    r = await ev.wait()
    order.append(f"{name} woke ({r})")


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.01)
    print("nobody woke yet:", order)
    ev.set()
    print("set() does not switch tasks:", order)
    await asyncio.gather(*tasks)
    print(order)
    print("wait on a set event:", await ev.wait())
    ev.set()
    ev.clear()
    print("after clear:", ev.is_set())
    try:
        async with asyncio.timeout(0.01):
            await ev.wait()
    except TimeoutError:
        print("cleared event blocks again")


asyncio.run(main())
