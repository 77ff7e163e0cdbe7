# Condition methods that need the lock held, and a shared lock.
import asyncio


async def main():
    cond = asyncio.Condition()
    for name, call in (("notify", lambda: cond.notify()), ("notify_all", lambda: cond.notify_all())):
        try:
            call()
        except RuntimeError as e:
            print(f"{name} without the lock:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait without the lock:", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with lock:
        print("condition sees the shared lock held:", shared.locked())
        shared.notify()
    try:
        asyncio.Condition(asyncio.Semaphore())
    except Exception as e:
        print("non-lock accepted?", type(e).__name__)
    else:
        print("a Semaphore is accepted as the lock")


asyncio.run(main())
