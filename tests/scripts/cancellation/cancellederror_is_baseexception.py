# CancelledError is a BaseException: `except Exception` lets it through.
import asyncio

log = []


async def worker():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        log.append(f"except Exception caught {type(e).__name__} (wrong)")
    finally:
        log.append("finally runs")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("task was cancelled")
    print(log)
    print([c.__name__ for c in asyncio.CancelledError.__mro__])
    print(asyncio.CancelledError is asyncio.exceptions.CancelledError)
    import concurrent.futures
    print("distinct from concurrent.futures.CancelledError:",
          asyncio.CancelledError is not concurrent.futures.CancelledError)


asyncio.run(main())
