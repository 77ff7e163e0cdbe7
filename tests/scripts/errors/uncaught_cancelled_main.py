# If the main task ends cancelled, asyncio.run raises CancelledError.
import asyncio


async def main():
    asyncio.current_task().cancel()
    print("cancel requested")
    await asyncio.sleep(0)
    print("not reached")


asyncio.run(main())
