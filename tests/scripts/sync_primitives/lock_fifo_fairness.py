# Waiters acquire a Lock in the order they started waiting.
import asyncio

order = []


async def user(name, lock, hold):
    async with lock:
        order.append(f"{name} got the lock")
        await asyncio.sleep(hold)
    order.append(f"{name} released")


async def main():
    lock = asyncio.Lock()
    tasks = []
    for i, name in enumerate(("a", "b", "c", "d")):
        tasks.append(asyncio.create_task(user(name, lock, 0.005)))
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    for line in order:
        print(line)


asyncio.run(main())
