# Lock: acquire/release/locked, async with, and misuse.
import asyncio


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    print("acquire:", await lock.acquire())
    print("locked:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", e)
    async with lock as value:
        print("inside async with: locked =", lock.locked(), "as value:", value)
    print("after: locked =", lock.locked())
    try:
        async with lock:
            raise ValueError("body failed")
    except ValueError:
        print("released after an exception:", not lock.locked())
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


asyncio.run(main())
