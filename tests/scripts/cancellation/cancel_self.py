# A task can cancel itself; the CancelledError arrives at its next await,
# not at the cancel() call.
import asyncio


async def self_cancelling():
    me = asyncio.current_task()
    print("cancel() returned", me.cancel("self"))
    print("still running after cancel()")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("CancelledError at the next await", e.args)
        raise


async def main():
    t = asyncio.create_task(self_cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled():", t.cancelled())


asyncio.run(main())
