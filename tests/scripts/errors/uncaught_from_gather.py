# gather re-raises the first failure with the failing coroutine's frames.
import asyncio


async def ok():
    await asyncio.sleep(0.02)


async def broken(n):
    await asyncio.sleep(0.01)
    return [1, 2, 3][n]


async def main():
    await asyncio.gather(ok(), broken(5), ok())


asyncio.run(main())
