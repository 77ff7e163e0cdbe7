# The structured way to absorb one's own cancellation: uncancel() it so
# that enclosing timeouts and groups see a clean count.
import asyncio


async def resilient():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("absorbed; cancelling() before uncancel:", me.cancelling())
        me.uncancel()
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("a later timeout still works; cancelling():", me.cancelling())
    return "done"


async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, "cancelled():", t.cancelled())


asyncio.run(main())
