# Condition: notify(n) wakes n waiters in FIFO order; notify_all wakes the
# rest; each waiter re-acquires the lock before returning from wait().
import asyncio

log = []


async def consumer(name, cond):
    async with cond:
        log.append(f"{name} waiting")
        await cond.wait()
        log.append(f"{name} woke, lock held: {cond.locked()}")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(consumer(f"c{i}", cond)) for i in range(4)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify()
        log.append("notified 1")
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
        log.append("notified 2")
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
        log.append("notified all")
    await asyncio.gather(*tasks)
    for line in log:
        print(line)


asyncio.run(main())
