# If the shielded task itself is cancelled, the awaiter sees the
# cancellation too.
import asyncio


async def work():
    await asyncio.sleep(1)


async def main():
    inner = asyncio.create_task(work())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel("inner cancelled")
    try:
        await outer
    except asyncio.CancelledError as e:
        print("awaiter got CancelledError", e.args)
    print("outer cancelled():", outer.cancelled(), "inner cancelled():", inner.cancelled())


asyncio.run(main())
