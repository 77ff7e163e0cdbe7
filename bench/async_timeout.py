# 50,000 `async with asyncio.timeout(...)` blocks around an awaited
# coroutine: the timeout context manager's arm/disarm cost (timer handles).
import asyncio

N = 50_000


async def value(i):
    return i


async def main():
    total = expired = 0
    for i in range(N):
        async with asyncio.timeout(10) as cm:
            total += await value(i)
        expired += cm.expired()
    print(total, expired)


asyncio.run(main())
