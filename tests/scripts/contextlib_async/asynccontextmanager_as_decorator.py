# An @asynccontextmanager object can decorate an async function; each call
# runs inside a fresh context.
import asyncio
from contextlib import asynccontextmanager

depth = 0


@asynccontextmanager
async def traced(label):
    global depth
    print("  " * depth + f"enter {label}")
    depth += 1
    try:
        yield
    finally:
        depth -= 1
        print("  " * depth + f"exit {label}")


@traced("compute")
async def compute(x):
    await asyncio.sleep(0)
    return x * 2


@traced("outer")
async def outer():
    return [await compute(1), await compute(2)]


async def main():
    print(await outer())


asyncio.run(main())
