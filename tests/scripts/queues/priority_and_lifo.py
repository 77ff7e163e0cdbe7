# PriorityQueue returns the smallest item first; LifoQueue the newest.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([await lq.get() for _ in range(4)])
    pq2 = asyncio.PriorityQueue()
    pq2.put_nowait(1)
    try:
        pq2.put_nowait("x")
    except TypeError as e:
        print("unorderable items:", e)


asyncio.run(main())
