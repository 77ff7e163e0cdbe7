# wait() with FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION and a timeout;
# its argument errors; as_completed() order and its timeout.
import asyncio
async def job(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(n)
    return n
async def main():
    ts = [asyncio.create_task(job(i, 0.05 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(ts)
    print(sorted(t.result() for t in done), len(pending))
    for f in asyncio.as_completed([job("x", 0.1), job("y", 0.01)]):
        print("as_completed:", await f)
    try:
        for f in asyncio.as_completed([job("slow", 1)], timeout=0.01):
            await f
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    coro = job(1, 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait(ts, return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
    t1 = asyncio.create_task(job("e", 0, fail=True))
    t2 = asyncio.create_task(job("s", 1))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), repr(t1.exception()))
    t2.cancel()
    done, pending = await asyncio.wait([t2], timeout=0.01)
    print(len(done), len(pending), t2.cancelled())
asyncio.run(main())
