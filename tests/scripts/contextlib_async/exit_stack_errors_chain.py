# Errors raised by exit callbacks of an AsyncExitStack replace the current
# exception and are chained to it; later callbacks still run.
import asyncio
from contextlib import AsyncExitStack


async def failing(msg):
    raise RuntimeError(msg)


async def noting(msg):
    print("ran:", msg)


async def main():
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(noting, "registered first, runs last")
            stack.push_async_callback(failing, "second callback failed")
            stack.push_async_callback(failing, "third callback failed")
            raise ValueError("body failed")
    except Exception as e:
        chain = []
        while e is not None:
            chain.append(repr(e))
            e = e.__context__
        print(" <- ".join(chain))


asyncio.run(main())
