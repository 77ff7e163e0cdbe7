# shield() whose outer future was cancelled: in 3.12 the shield stops
# watching the inner task once the outer is done, so a later failure of the
# inner task is never retrieved and is logged when the task is collected.
import asyncio
import gc


async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("inner failure")


async def caller():
    await asyncio.shield(failing())


async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    await asyncio.sleep(0.02)
    gc.collect()
    print("caller cancelled:", t.cancelled())


asyncio.run(main())
