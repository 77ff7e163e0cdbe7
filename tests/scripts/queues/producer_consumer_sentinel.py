# Producers and consumers shutting down with sentinels.
import asyncio

DONE = object()
results = []


async def producer(name, q, n):
    for i in range(n):
        await q.put(f"{name}-{i}")
        await asyncio.sleep(0)


async def consumer(name, q):
    while True:
        item = await q.get()
        if item is DONE:
            q.task_done()
            return name
        results.append((name, item))
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(2)]
    await asyncio.gather(producer("p1", q, 3), producer("p2", q, 2))
    for _ in consumers:
        await q.put(DONE)
    print(await asyncio.gather(*consumers))
    for r in results:
        print(r)
    print("items:", len(results))


asyncio.run(main())
