# Cancelling a sleeping task interrupts the sleep at once.
import asyncio


async def long_nap(log):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"interrupted early: {loop.time() - t0 < 1}")
        raise


async def main():
    log = []
    t = asyncio.create_task(long_nap(log))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("task cancelled")
    print(log)


asyncio.run(main())
