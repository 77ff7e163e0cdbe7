# A PriorityQueue with (priority, sequence, payload) tuples keeps equal
# priorities in insertion order.
import asyncio
import itertools


async def main():
    q = asyncio.PriorityQueue()
    seq = itertools.count()
    for prio, name in [(2, "email"), (1, "page"), (2, "sms"), (0, "alarm"), (1, "call")]:
        await q.put((prio, next(seq), name))
    while not q.empty():
        prio, _, name = await q.get()
        print(prio, name)
        q.task_done()
    await q.join()
    print("all done")


asyncio.run(main())
