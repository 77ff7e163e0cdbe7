# The group cancels its parent to interrupt the body, and takes that
# cancellation back (uncancel) on exit, so an enclosing timeout or a later
# await is not confused; a genuine outer cancellation is preserved.
import asyncio


async def fail(d):
    await asyncio.sleep(d)
    raise ValueError("child")


async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.01))
            await asyncio.sleep(1)
    except* ValueError:
        print("group failed; cancelling() =", me.cancelling())
    await asyncio.sleep(0.01)
    print("later awaits are not cancelled")

    try:
        async with asyncio.timeout(0.5):
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(fail(0.01))
                    await asyncio.sleep(1)
            except* ValueError:
                print("inside timeout: group failed; cancelling() =", me.cancelling())
            await asyncio.sleep(0.02)
            print("the timeout did not fire early")
    except TimeoutError:
        print("TimeoutError (wrong)")

    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(asyncio.sleep(1))
                await asyncio.sleep(1)
    except TimeoutError:
        print("the outer timeout still sees its own cancellation: TimeoutError; cancelling() =", me.cancelling())


asyncio.run(main())
