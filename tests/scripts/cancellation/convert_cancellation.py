# Turning a cancellation into another exception: the task ends with that
# exception and is not cancelled.
import asyncio


async def converter():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        raise RuntimeError("aborted by request") from e


async def main():
    t = asyncio.create_task(converter())
    await asyncio.sleep(0)
    t.cancel("please stop")
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e, "cause:", repr(e.__cause__))
    print("cancelled():", t.cancelled(), "exception():", repr(t.exception()))


asyncio.run(main())
