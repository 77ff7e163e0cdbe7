# If the body swallows the CancelledError caused by the deadline, no
# TimeoutError is raised, but expired() is True.
import asyncio


async def main():
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body swallowed the cancellation")
        print("body continues; cancelling():", asyncio.current_task().cancelling())
    print("no TimeoutError; expired:", cm.expired())
    print("after exit cancelling():", asyncio.current_task().cancelling())


asyncio.run(main())
