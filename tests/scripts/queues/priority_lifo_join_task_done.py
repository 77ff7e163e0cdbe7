# join() and task_done() on PriorityQueue, LifoQueue and Queue; task_done()
# once too often; QueueFull and QueueEmpty; tuples in a PriorityQueue.
import asyncio
async def main():
    for cls in (asyncio.PriorityQueue, asyncio.LifoQueue, asyncio.Queue):
        q = cls()
        for x in (3, 1, 2):
            q.put_nowait(x)
        got = []
        async def worker():
            while True:
                x = await q.get()
                got.append(x)
                await asyncio.sleep(0)
                q.task_done()
        w = asyncio.create_task(worker())
        await q.join()
        print(cls.__name__, got, q.empty(), q.qsize())
        w.cancel()
        try:
            q.task_done()
        except ValueError as e:
            print("ValueError:", e)
    q = asyncio.Queue(1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "a"), (3, "c")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(3)])
asyncio.run(main())
