# A task that catches CancelledError and returns normally is not
# cancelled: its result is available.
import asyncio


async def resilient():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "returned after cancel"


async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0)
    t.cancel()
    print("await:", await t)
    print("cancelled():", t.cancelled(), "done():", t.done())
    print("cancelling():", t.cancelling())


asyncio.run(main())
