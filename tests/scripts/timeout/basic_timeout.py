# asyncio.timeout(): work that finishes in time, work that does not, and
# timeout(None).
import asyncio


async def work(d):
    await asyncio.sleep(d)
    return d


async def main():
    async with asyncio.timeout(0.5) as cm:
        r = await work(0.01)
    print("in time:", r, "expired:", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await work(0.5)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError:", e.args, "expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        r = await work(0.02)
    print("no deadline:", r, "when:", cm.when(), "expired:", cm.expired())
    print("type:", type(cm).__name__)


asyncio.run(main())
