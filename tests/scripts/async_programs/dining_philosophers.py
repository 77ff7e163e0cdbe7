# Dining philosophers with asyncio Locks as forks. With every philosopher
# taking the left fork first, all of them end up holding one fork and
# waiting forever: a watchdog that sees no meal served for many loop
# iterations declares a deadlock. Taking the
# lower-numbered fork first rules deadlock out and everyone eats; so does a
# butler (a Semaphore) who lets at most N-1 philosophers sit at once.
import asyncio

N = 5
MEALS = 3


class NoButler:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def philosopher(i, forks, log, meals, ordered, butler):
    left, right = i, (i + 1) % N
    first, second = sorted((left, right)) if ordered else (left, right)
    for _ in range(MEALS):
        await asyncio.sleep(0)  # think
        async with butler:
            async with forks[first]:
                await asyncio.sleep(0)  # reach for the other fork
                async with forks[second]:
                    meals[i] += 1
                    log.append(f"P{i} eats meal {meals[i]} with forks {first},{second}")
                    await asyncio.sleep(0)


class Deadlock(Exception):
    pass


async def watchdog(meals, patience=20):
    last, idle = sum(meals), 0
    while sum(meals) < N * MEALS:
        await asyncio.sleep(0)
        idle = idle + 1 if sum(meals) == last else 0
        last = sum(meals)
        if idle == patience:
            raise Deadlock(f"no meal served for {patience} iterations")


async def dinner(ordered, butler=None):
    butler = butler or NoButler()
    forks = [asyncio.Lock() for _ in range(N)]
    log = []
    meals = [0] * N
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(watchdog(meals))
            for i in range(N):
                tasks.append(tg.create_task(philosopher(i, forks, log, meals, ordered, butler)))
    except* Deadlock as eg:
        log.append(f"deadlock ({eg.exceptions[0]}): every philosopher was cancelled")
    for line in log:
        print(line)
    print("meals:", meals)
    print("cancelled:", [t.cancelled() for t in tasks])
    print("all forks back on the table:", not any(f.locked() for f in forks))


async def main():
    print("== everyone takes the left fork first")
    await dinner(ordered=False)
    print("== lower-numbered fork first")
    await dinner(ordered=True)
    print("== left fork first, but a butler seats at most four")
    await dinner(ordered=False, butler=asyncio.Semaphore(N - 1))


asyncio.run(main())
