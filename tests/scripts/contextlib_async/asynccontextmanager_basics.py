# @asynccontextmanager: the value yielded, exceptions thrown in at the
# yield, suppression by catching them, and cleanup order.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def resource(name, swallow=False):
    print(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield f"<{name}>"
    except ValueError as e:
        print(f"{name} saw {e!r}")
        if not swallow:
            raise
    finally:
        await asyncio.sleep(0)
        print(f"close {name}")


async def main():
    async with resource("a") as r:
        print("using", r)
    async with resource("b", swallow=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with resource("c"):
            raise ValueError("kept")
    except ValueError as e:
        print("propagated", repr(e))
    try:
        async with resource("d"):
            raise KeyError("not caught by the generator")
    except KeyError as e:
        print("propagated", repr(e))
    async with resource("outer") as o, resource("inner") as i:
        print(o, i)


asyncio.run(main())
