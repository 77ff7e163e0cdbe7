# On timeout wait_for cancels the inner awaitable, waits for it, and raises
# TimeoutError chained from the CancelledError.
import asyncio

log = []


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        await asyncio.sleep(0.01)
        log.append("inner cleanup finished")
        raise


async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, timeout=0.01)
    except TimeoutError as e:
        log.append("TimeoutError")
        print("type:", type(e).__name__, "is asyncio.TimeoutError:", asyncio.TimeoutError is TimeoutError)
        print("args:", e.args)
        print("cause:", type(e.__cause__).__name__, "suppress_context:", e.__suppress_context__)
    print("task cancelled:", t.cancelled())
    print(log)


asyncio.run(main())
