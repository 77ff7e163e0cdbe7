# A token-bucket rate limiter: bursts up to the bucket size pass at once,
# then callers are admitted one per refill tick. The limiter hands out
# tickets in arrival order; the log records tick numbers, not times.
import asyncio


class TokenBucket:
    def __init__(self, capacity, tick):
        self.capacity = capacity
        self.tokens = capacity
        self.tick = tick
        self.ticks = 0
        self.waiters = asyncio.Queue()
        self.refiller = None

    async def _refill(self):
        while True:
            await asyncio.sleep(self.tick)
            self.ticks += 1
            if not self.waiters.empty():
                fut = self.waiters.get_nowait()
                fut.set_result(self.ticks)
            elif self.tokens < self.capacity:
                self.tokens += 1

    async def __aenter__(self):
        self.refiller = asyncio.create_task(self._refill())
        return self

    async def __aexit__(self, *exc):
        self.refiller.cancel()
        try:
            await self.refiller
        except asyncio.CancelledError:
            pass

    async def acquire(self):
        if self.tokens > 0 and self.waiters.empty():
            self.tokens -= 1
            return self.ticks
        fut = asyncio.get_running_loop().create_future()
        self.waiters.put_nowait(fut)
        return await fut


async def client(name, bucket, log):
    tick = await bucket.acquire()
    log.append((tick, name))


async def main():
    log = []
    async with TokenBucket(capacity=3, tick=0.01) as bucket:
        async with asyncio.TaskGroup() as tg:
            for i in range(7):
                tg.create_task(client(f"req{i}", bucket, log))
        print("burst then one per tick:")
        for tick, name in log:
            print(f"  tick {tick}: {name}")
        while bucket.tokens < bucket.capacity:
            await asyncio.sleep(0.005)
        print("tokens after idling (capped at capacity):", bucket.tokens)
        log.clear()
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(client(f"late{i}", bucket, log))
        first = log[0][0]
        print("second burst:", [(t - first, n) for t, n in log])


asyncio.run(main())
