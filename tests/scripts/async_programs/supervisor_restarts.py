# A supervisor restarts crashing workers with a restart budget; each
# generation of workers runs in its own TaskGroup, and the errors of a
# generation are sorted out with except*.
import asyncio


class Fatal(Exception):
    pass


class Flaky(Exception):
    pass


CRASH_PLAN = {
    # worker: list of outcomes per generation
    "ingest": ["flaky", "ok"],
    "index": ["ok"],
    "mailer": ["flaky", "flaky", "flaky"],
    "billing": ["ok"],
}


async def worker(name, generation, log):
    plan = CRASH_PLAN[name]
    outcome = plan[min(generation, len(plan) - 1)]
    # workers take a different number of loop iterations each
    for _ in range(1 + sorted(CRASH_PLAN).index(name)):
        await asyncio.sleep(0)
    if outcome == "flaky":
        raise Flaky(f"{name} crashed in generation {generation}")
    if outcome == "fatal":
        raise Fatal(name)
    log.append(f"gen {generation}: {name} finished")


async def supervise(names, max_restarts, log):
    restarts = {n: 0 for n in names}
    pending = list(names)
    generation = 0
    while pending:
        failed = []
        try:
            async with asyncio.TaskGroup() as tg:
                for n in pending:
                    tg.create_task(worker(n, generation, log))
        except* Flaky as eg:
            for e in eg.exceptions:
                log.append(f"gen {generation}: {e}")
                failed.append(str(e).split()[0])
        retry = []
        for n in sorted(set(failed)):
            if restarts[n] < max_restarts:
                restarts[n] += 1
                retry.append(n)
            else:
                log.append(f"gen {generation}: {n} exceeded its restart budget")
        # a crash cancels the whole generation: rerun the unfinished ones
        finished = {line.split()[2] for line in log if line.endswith("finished")}
        pending = sorted(set(retry) | {n for n in pending if n not in finished and n not in failed})
        generation += 1
    return restarts


async def main():
    log = []
    restarts = await supervise(sorted(CRASH_PLAN), max_restarts=2, log=log)
    for line in log:
        print(line)
    print("restarts:", restarts)


asyncio.run(main())
