# Cancelling the task that is inside wait_for cancels the inner awaitable
# and propagates CancelledError, not TimeoutError.
import asyncio

log = []


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=0.5)
    except asyncio.CancelledError as e:
        log.append(f"outer got CancelledError{e.args}")
        raise
    except TimeoutError:
        log.append("outer got TimeoutError (wrong)")


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel("from main")
    try:
        await t
    except asyncio.CancelledError:
        log.append("main: outer task cancelled")
    print(log)


asyncio.run(main())
