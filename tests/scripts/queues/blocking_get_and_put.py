# get() waits for an item; put() on a full queue waits for room. Waiters are
# served in FIFO order.
import asyncio

log = []


async def getter(name, q):
    item = await q.get()
    log.append(f"{name} got {item}")


async def putter(name, q, item):
    await q.put(item)
    log.append(f"{name} put {item}")


async def main():
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(f"g{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i * 10)
    await asyncio.gather(*gs)

    bounded = asyncio.Queue(maxsize=1)
    bounded.put_nowait("first")
    ps = [asyncio.create_task(putter(f"p{i}", bounded, f"item{i}")) for i in range(2)]
    await asyncio.sleep(0)
    log.append(f"queue full, putters waiting; got {bounded.get_nowait()}")
    await asyncio.sleep(0)
    log.append(f"got {await bounded.get()}")
    log.append(f"got {await bounded.get()}")
    await asyncio.gather(*ps)
    for line in log:
        print(line)


asyncio.run(main())
