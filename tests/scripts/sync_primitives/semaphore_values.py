# Semaphore counters (seen through locked()), over-release, and
# construction errors.
import asyncio


def free_slots(sem):
    # count the acquisitions that would not block (then give them back)
    n = 0
    while not sem.locked():
        n += 1
        sem_acquire_nowait(sem)
    for _ in range(n):
        sem.release()
    return n


def sem_acquire_nowait(sem):
    coro = sem.acquire()
    try:
        coro.send(None)
    except StopIteration:
        return
    raise AssertionError("acquire blocked")


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    print("locked after acquire:", sem.locked())
    sem.release()
    sem.release()
    print("released twice (allowed); free slots:", free_slots(sem))
    await sem.acquire()
    await sem.acquire()
    print("acquired twice, locked:", sem.locked())
    zero = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", zero.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    print("default free slots:", free_slots(asyncio.Semaphore()))
    print("Semaphore(3) free slots:", free_slots(asyncio.Semaphore(3)))


asyncio.run(main())
