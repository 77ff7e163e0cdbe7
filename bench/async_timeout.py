# 50,000 `async with asyncio.timeout(...)` blocks around an awaited
# coroutine: the timeout context manager's arm/disarm cost (timer handles).
import asyncio

N = 50_000


async def value(i):
    return i


async def main():
    total = 0
    for i in range(N):
        async with asyncio.timeout(10):
            total += await value(i)
    print(total)


asyncio.run(main())
