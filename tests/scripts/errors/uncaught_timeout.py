# An uncaught TimeoutError from asyncio.timeout shows the CancelledError
# it was raised from.
import asyncio


async def slow_query():
    await asyncio.sleep(1)


async def main():
    async with asyncio.timeout(0.01):
        await slow_query()


asyncio.run(main())
