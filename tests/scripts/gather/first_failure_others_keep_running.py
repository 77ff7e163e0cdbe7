# gather() propagates the first failure and leaves the other awaitable
# running; its later failure is retrieved by gather, so nothing is logged.
import asyncio
async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(n)
async def main():
    try:
        await asyncio.gather(fail(1), fail(2))
    except ValueError as e:
        print("first:", e)
    await asyncio.sleep(0.05)
    print("main done")
asyncio.run(main())
print("end")
