# Batching: events are grouped into batches of up to four, and a partial
# batch is flushed when no new event arrives within 30 ms.
import asyncio

FLUSH_AFTER = 0.03
MAX_BATCH = 4
DONE = object()


async def batcher(q, flushed):
    batch = []
    while True:
        try:
            if batch:
                item = await asyncio.wait_for(q.get(), FLUSH_AFTER)
            else:
                item = await q.get()
        except TimeoutError:
            flushed.append(("idle", batch))
            batch = []
            continue
        if item is DONE:
            if batch:
                flushed.append(("final", batch))
            return
        batch.append(item)
        if len(batch) == MAX_BATCH:
            flushed.append(("full", batch))
            batch = []


async def bursty(q):
    # bursts of events separated by quiet periods longer than FLUSH_AFTER
    bursts = [[1, 2, 3, 4, 5, 6], [7, 8], [9], [10, 11, 12, 13]]
    for burst in bursts:
        for ev in burst:
            await q.put(ev)
            await asyncio.sleep(0)
        await asyncio.sleep(FLUSH_AFTER * 3)
    await q.put(14)
    await q.put(DONE)


async def trickle(q):
    # one event per loop iteration: never quiet long enough for an idle flush
    for ev in range(1, 11):
        await q.put(ev)
        await asyncio.sleep(0)
    await q.put(DONE)


async def run(label, source):
    q = asyncio.Queue()
    flushed = []
    await asyncio.gather(batcher(q, flushed), source(q))
    print(f"== {label}")
    for reason, batch in flushed:
        print(f"{reason:5} {batch}")
    print("events delivered:", sum(len(b) for _, b in flushed))


async def main():
    await run("bursts", bursty)
    await run("trickle", trickle)


asyncio.run(main())
