# Several cancel() calls before the task runs again: which message is seen.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        return e.args


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("first")
    t.cancel("second")
    print("two messages:", await t)
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("only one")
    t.cancel()
    print("message then none:", await t)


asyncio.run(main())
