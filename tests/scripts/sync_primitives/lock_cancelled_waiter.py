# A waiter cancelled while queued for a Lock never gets it; the next one in
# line does.
import asyncio

log = []


async def user(name, lock):
    try:
        async with lock:
            log.append(f"{name} acquired")
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user("a", lock))
    await asyncio.sleep(0)
    b = asyncio.create_task(user("b", lock))
    c = asyncio.create_task(user("c", lock))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(log)
    print("lock free at the end:", not lock.locked())


asyncio.run(main())
