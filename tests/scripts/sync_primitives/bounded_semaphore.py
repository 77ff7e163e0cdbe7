# BoundedSemaphore refuses to be released above its initial value.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        async with sem:
            print("two holders, locked:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    await sem.acquire()
    sem.release()
    print("balanced use is fine")
    print(isinstance(sem, asyncio.Semaphore))


asyncio.run(main())
