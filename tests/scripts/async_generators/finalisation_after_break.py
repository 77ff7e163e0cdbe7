# Breaking out of `async for` leaves the generator suspended; it is closed
# (its finally runs, inside the event loop) once it is no longer referenced.
# The log is printed only once the closing has finished (or after a bounded
# number of iterations), so the exact moment is not pinned.
import asyncio
import gc

log = []


async def resource():
    try:
        for i in range(100):
            yield i
    finally:
        log.append("finally ran")
        await asyncio.sleep(0)
        log.append("finally awaited")


async def main():
    async for x in resource():
        if x == 2:
            break
    log.append("after break")
    gc.collect()
    for _ in range(100):
        if "finally awaited" in log:
            break
        await asyncio.sleep(0)
    print(log)


asyncio.run(main())
