# Graceful shutdown: requests arrive on a fixed schedule, a shutdown signal
# stops intake, workers finish the job in hand, the queue is drained, and
# stragglers past a grace period are cancelled. Arrivals and the shutdown
# signal are timer callbacks registered up front, so their order is fixed
# by their deadlines alone.
import asyncio


class Server:
    def __init__(self):
        self.jobs = asyncio.Queue()
        self.stopping = asyncio.Event()
        self.log = []
        self.refused = []
        self.completed = []

    def arrive(self, i, cost):
        if self.stopping.is_set():
            self.refused.append(i)
        else:
            self.jobs.put_nowait((i, cost))

    def schedule(self, requests, start, stop_at):
        loop = asyncio.get_running_loop()
        for i, cost in enumerate(requests):
            loop.call_at(start + 0.02 * i, self.arrive, i, cost)
        loop.call_at(start + stop_at, self.stopping.set)
        return loop.call_at(start + 0.02 * len(requests), lambda: None)

    async def worker(self, wid):
        try:
            while True:
                i, cost = await self.jobs.get()
                try:
                    await asyncio.sleep(cost)
                    self.completed.append(i)
                finally:
                    self.jobs.task_done()
        except asyncio.CancelledError:
            self.log.append(f"worker {wid}: cancelled")
            raise

    async def shutdown(self, workers, grace):
        await self.stopping.wait()
        self.log.append("shutdown: draining queue")
        try:
            async with asyncio.timeout(grace):
                await self.jobs.join()
            self.log.append("shutdown: queue drained in time")
        except TimeoutError:
            self.log.append(f"shutdown: grace period over, {self.jobs.qsize()} job(s) never started")
        for w in workers:
            w.cancel()
        results = await asyncio.gather(*workers, return_exceptions=True)
        self.log.append(f"shutdown: {sum(isinstance(r, asyncio.CancelledError) for r in results)} worker(s) stopped")


async def run(label, requests, grace):
    server = Server()
    loop = asyncio.get_running_loop()
    start = loop.time()
    server.schedule(requests, start, stop_at=0.05)
    workers = [asyncio.create_task(server.worker(i)) for i in range(2)]
    await server.shutdown(workers, grace)
    # let the remaining arrivals be refused
    await asyncio.sleep(start + 0.02 * len(requests) - loop.time())
    print(f"== {label}")
    for line in server.log:
        print(line)
    print("refused requests:", server.refused)
    print("completed:", sorted(server.completed))


async def main():
    await run("quick jobs", [0] * 6, grace=0.1)
    await run("one job that never ends", [0, 10, 0, 0], grace=0.03)


asyncio.run(main())
