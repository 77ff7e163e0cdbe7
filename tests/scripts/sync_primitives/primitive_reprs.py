# repr() of the primitives shows their state (addresses are masked).
import asyncio


async def main():
    lock = asyncio.Lock()
    print(repr(lock))
    await lock.acquire()
    print(repr(lock))
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock))
    lock.release()
    await waiter
    lock.release()
    ev = asyncio.Event()
    print(repr(ev))
    ev.set()
    print(repr(ev))
    sem = asyncio.Semaphore(2)
    print(repr(sem))
    await sem.acquire()
    await sem.acquire()
    print(repr(sem))
    cond = asyncio.Condition()
    print(repr(cond))
    b = asyncio.Barrier(2)
    print(repr(b))


asyncio.run(main())
