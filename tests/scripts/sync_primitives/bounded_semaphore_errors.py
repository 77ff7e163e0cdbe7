# BoundedSemaphore refuses a release above its initial value; Semaphore
# rejects a negative value and may be released above it.
import asyncio
async def main():
    s = asyncio.BoundedSemaphore(2)
    await s.acquire()
    s.release()
    try:
        s.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s2 = asyncio.Semaphore(0)
    s2.release(); s2.release()
    print(s2._value, s2.locked())
    async with s:
        async with s:
            print("locked:", s.locked())
            t = asyncio.create_task(s.acquire())
            await asyncio.sleep(0)
            print("waiting:", not t.done())
    await t
    print("acquired after release", s.locked())
    s.release()
asyncio.run(main())
