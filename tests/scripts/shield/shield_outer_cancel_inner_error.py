# After the outer future of a shield is cancelled, an exception from the
# inner task is not lost in silence: the task keeps it until retrieved.
import asyncio


async def later_fail():
    await asyncio.sleep(0.01)
    raise RuntimeError("inner failed after outer was cancelled")


async def main():
    inner = asyncio.create_task(later_fail())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    print("outer.cancel():", outer.cancel())
    await asyncio.sleep(0.02)
    print("inner done:", inner.done(), "exception:", repr(inner.exception()))
    print("outer cancelled:", outer.cancelled())


asyncio.run(main())
