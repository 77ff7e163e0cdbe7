# If the inner coroutine raises another exception while being cancelled by
# the timeout, that exception propagates instead of TimeoutError.
import asyncio


async def bad_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")


async def main():
    try:
        await asyncio.wait_for(bad_cleanup(), timeout=0.01)
    except TimeoutError:
        print("TimeoutError")
    except RuntimeError as e:
        print("RuntimeError:", e, "| context:", type(e.__context__).__name__)


asyncio.run(main())
