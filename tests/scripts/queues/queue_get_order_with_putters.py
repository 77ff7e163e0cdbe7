# With a full queue and waiting putters, each get() lets exactly one putter
# in, in the order they started waiting.
import asyncio

trace = []


async def put(q, x):
    await q.put(x)
    trace.append(f"put {x} done")


async def main():
    q = asyncio.Queue(maxsize=2)
    await q.put("a")
    await q.put("b")
    ts = [asyncio.create_task(put(q, x)) for x in ("c", "d", "e")]
    await asyncio.sleep(0)
    while ts and not all(t.done() for t in ts) or not q.empty():
        item = await q.get()
        trace.append(f"got {item}")
        await asyncio.sleep(0)
    for line in trace:
        print(line)


asyncio.run(main())
