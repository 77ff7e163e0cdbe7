# If the body turns the deadline's CancelledError into another exception,
# that exception propagates and no TimeoutError is raised.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ValueError("converted")
    except TimeoutError:
        print("TimeoutError (not expected)")
    except ValueError as e:
        print("ValueError:", e, "expired:", cm.expired(), "context:", type(e.__context__).__name__)
    print("cancelling() afterwards:", asyncio.current_task().cancelling())


asyncio.run(main())
