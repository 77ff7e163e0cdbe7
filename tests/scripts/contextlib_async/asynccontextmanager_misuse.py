# Generators that break the @asynccontextmanager protocol.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@asynccontextmanager
async def yields_after_exception():
    try:
        yield 1
    except ValueError:
        yield 2


@asynccontextmanager
async def replaces_exception():
    try:
        yield
    except ValueError as e:
        raise RuntimeError("replaced") from e


async def main():
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("no yield:", e)
    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        print("two yields:", e)
    try:
        async with yields_after_exception():
            raise ValueError("x")
    except RuntimeError as e:
        print("yield after exception:", e)
    try:
        async with replaces_exception():
            raise ValueError("original")
    except RuntimeError as e:
        print("replaced:", e, "cause:", repr(e.__cause__))


asyncio.run(main())
