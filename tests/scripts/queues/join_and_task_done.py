# join() waits until task_done() was called once per item put.
import asyncio

log = []


async def worker(name, q):
    while True:
        item = await q.get()
        for _ in range(item):  # an item costs that many loop iterations
            await asyncio.sleep(0)
        log.append(f"{name} processed {item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in (5, 1, 2, 1):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    log.append("join returned")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for line in log:
        print(line)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join on an idle queue returns at once")


asyncio.run(main())
