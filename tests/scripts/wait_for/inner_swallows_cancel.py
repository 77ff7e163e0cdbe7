# If the inner coroutine swallows the cancellation and returns a value,
# wait_for (built on asyncio.timeout in 3.12) returns that value instead of
# raising TimeoutError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "value after cancel"


async def main():
    try:
        r = await asyncio.wait_for(stubborn(), timeout=0.01)
        print("returned:", r)
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
