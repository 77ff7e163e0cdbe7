# An already-expired timeout only acts at a suspension point: a body with
# no await finishes normally.
import asyncio


async def main():
    async with asyncio.timeout(0) as cm:
        x = sum(range(10))
    print("no await in body:", x, "expired:", cm.expired())
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(0)
    except TimeoutError:
        print("with an await: TimeoutError, expired:", cm.expired())
    try:
        async with asyncio.timeout(-5):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("negative delay: TimeoutError")


asyncio.run(main())
