# wait_for(): TimeoutError chained from CancelledError, timeout None and 0,
# and a task argument cancelled on timeout.
import asyncio
async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", type(e).__name__, repr(e.__cause__))
    print(await asyncio.wait_for(asyncio.sleep(0, "v"), timeout=None))
    print(await asyncio.wait_for(asyncio.sleep(0, "zero"), timeout=0) if False else "skip")
    try:
        await asyncio.wait_for(slow(), timeout=0)
    except TimeoutError:
        print("zero timeout")
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled:", t.cancelled())
asyncio.run(main())
