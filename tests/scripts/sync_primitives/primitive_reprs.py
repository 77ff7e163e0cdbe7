# repr() of the primitives shows their state (addresses are masked).
import asyncio
import re


def masked(text):
    # object addresses differ from run to run
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", str(text))


async def main():
    lock = asyncio.Lock()
    print(masked(repr(lock)))
    await lock.acquire()
    print(masked(repr(lock)))
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(masked(repr(lock)))
    lock.release()
    await waiter
    lock.release()
    ev = asyncio.Event()
    print(masked(repr(ev)))
    ev.set()
    print(masked(repr(ev)))
    sem = asyncio.Semaphore(2)
    print(masked(repr(sem)))
    await sem.acquire()
    await sem.acquire()
    print(masked(repr(sem)))
    cond = asyncio.Condition()
    print(masked(repr(cond)))
    b = asyncio.Barrier(2)
    print(masked(repr(b)))


asyncio.run(main())
