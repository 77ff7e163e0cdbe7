# A getter cancelled while waiting does not lose an item: it goes to the
# next getter.
import asyncio


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait("only item")
    await asyncio.gather(g1, g2, return_exceptions=True)
    print("g1 cancelled:", g1.cancelled(), "g2 got:", g2.result())
    print("queue empty:", q.empty())

    g3 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("item for g3")
    g3.cancel()
    await asyncio.gather(g3, return_exceptions=True)
    print("cancelled after being woken:", g3.cancelled(), "item back in the queue:", q.qsize())
    print(q.get_nowait())


asyncio.run(main())
