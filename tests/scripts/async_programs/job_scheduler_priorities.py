# A job scheduler: jobs have priorities and dependencies; two workers pull
# the most urgent runnable job from a PriorityQueue; a job becomes runnable
# when all its dependencies finished; a failed job fails its dependents.
import asyncio
import itertools

JOBS = {
    # name: (priority, duration steps, dependencies, fails)
    "fetch-deps": (1, 2, [], False),
    "lint": (3, 1, [], False),
    "compile": (1, 3, ["fetch-deps"], False),
    "docs": (5, 1, [], False),
    "unit-tests": (2, 2, ["compile"], False),
    "integration": (2, 2, ["compile"], True),
    "package": (1, 1, ["unit-tests", "integration"], False),
    "notify": (9, 1, [], False),
}


class Scheduler:
    def __init__(self, jobs, workers):
        self.jobs = jobs
        self.workers = workers
        self.queue = asyncio.PriorityQueue()
        self.seq = itertools.count()
        self.state = {name: "waiting" for name in jobs}
        self.log = []
        self.remaining = len(jobs)
        self.all_done = asyncio.Event()

    def release_ready(self):
        for name, (prio, _, deps, _) in self.jobs.items():
            if self.state[name] != "waiting":
                continue
            if any(self.state[d] in ("failed", "skipped") for d in deps):
                self.state[name] = "skipped"
                self.log.append(f"skip {name} (dependency failed)")
                self.finish_one()
            elif all(self.state[d] == "done" for d in deps):
                self.state[name] = "queued"
                self.queue.put_nowait((prio, next(self.seq), name))

    def finish_one(self):
        self.remaining -= 1
        if self.remaining == 0:
            self.all_done.set()

    async def worker(self, wid):
        while True:
            prio, _, name = await self.queue.get()
            _, steps, _, fails = self.jobs[name]
            self.log.append(f"w{wid} start {name} (p{prio})")
            for _ in range(steps):
                await asyncio.sleep(0)
            if fails:
                self.state[name] = "failed"
                self.log.append(f"w{wid} FAIL {name}")
            else:
                self.state[name] = "done"
                self.log.append(f"w{wid} done {name}")
            self.finish_one()
            self.release_ready()

    async def run(self):
        self.release_ready()
        async with asyncio.TaskGroup() as tg:
            workers = [tg.create_task(self.worker(i)) for i in range(self.workers)]
            await self.all_done.wait()
            for w in workers:
                w.cancel()
        return self.state


async def main():
    sched = Scheduler(JOBS, workers=2)
    state = await sched.run()
    for line in sched.log:
        print(line)
    for name in JOBS:
        print(f"{name:12} {state[name]}")


asyncio.run(main())
