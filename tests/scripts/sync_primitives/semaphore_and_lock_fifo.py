# Semaphore and Lock fairness: waiters are served in FIFO order.
import asyncio
async def worker(sem, n, log):
    async with sem:
        log.append(f"start {n}")
        await asyncio.sleep(0.01)
        log.append(f"end {n}")
async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(sem, i, log) for i in range(5)))
    print("\n".join(log))
    lock = asyncio.Lock()
    order = []
    async def locker(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0)
    await asyncio.gather(*(locker(i) for i in range(5)))
    print(order)
asyncio.run(main())
