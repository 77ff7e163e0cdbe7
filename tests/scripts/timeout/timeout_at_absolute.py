# timeout_at() takes an absolute loop time; a deadline in the past expires
# at the first suspension point.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.02
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when is the deadline:", cm.when() == deadline)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("timed out at the absolute deadline")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts even though the deadline passed")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline -> TimeoutError at the first await")
    async with asyncio.timeout_at(loop.time() + 1):
        await asyncio.sleep(0)
    print("future deadline, quick body: fine")


asyncio.run(main())
