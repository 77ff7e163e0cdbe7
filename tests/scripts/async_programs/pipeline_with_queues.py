# A three-stage pipeline connected by bounded queues: read -> parse ->
# aggregate. Bad records are counted, not fatal; shutdown uses sentinels
# and queue.join().
import asyncio

RAW = [
    "temp,kitchen,21.5",
    "temp,garage,12.0",
    "humidity,kitchen,40",
    "garbage line",
    "temp,kitchen,22.5",
    "humidity,garage,65",
    "temp,garage,x",
    "temp,attic,30.25",
]
STOP = None


async def reader(out_q):
    for line in RAW:
        await out_q.put(line)
        await asyncio.sleep(0)
    await out_q.put(STOP)


async def parser(in_q, out_q, stats):
    while True:
        line = await in_q.get()
        try:
            if line is STOP:
                await out_q.put(STOP)
                return
            try:
                kind, room, value = line.split(",")
                await out_q.put((kind, room, float(value)))
                stats["parsed"] += 1
            except ValueError as e:
                stats["rejected"].append(f"{line!r}: {e}")
        finally:
            in_q.task_done()


async def aggregator(in_q, totals):
    while True:
        item = await in_q.get()
        in_q.task_done()
        if item is STOP:
            return
        kind, room, value = item
        bucket = totals.setdefault(kind, {})
        count, total = bucket.get(room, (0, 0.0))
        bucket[room] = (count + 1, total + value)


async def main():
    q1 = asyncio.Queue(maxsize=2)
    q2 = asyncio.Queue(maxsize=2)
    stats = {"parsed": 0, "rejected": []}
    totals = {}
    async with asyncio.TaskGroup() as tg:
        tg.create_task(reader(q1))
        tg.create_task(parser(q1, q2, stats))
        tg.create_task(aggregator(q2, totals))
    await q1.join()
    await q2.join()
    print("parsed:", stats["parsed"])
    for r in stats["rejected"]:
        print("rejected", r)
    for kind in sorted(totals):
        for room in sorted(totals[kind]):
            count, total = totals[kind][room]
            print(f"{kind:9} {room:8} n={count} mean={total / count:.2f}")


asyncio.run(main())
