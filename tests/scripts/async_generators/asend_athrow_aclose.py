# Driving an async generator by hand with asend, athrow and aclose.
import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("  generator caught", repr(e))
                value = 0
            await asyncio.sleep(0)
            if value is not None:
                total += value
    finally:
        print("  generator finally, total =", total)


async def main():
    g = accumulator()
    print("first:", await g.asend(None))
    print("asend 5:", await g.asend(5))
    print("asend 7:", await g.asend(7))
    print("anext:", await anext(g))
    print("athrow ValueError:", await g.athrow(ValueError("bad")))
    print("asend 1:", await g.asend(1))
    print("aclose:", await g.aclose())
    try:
        await g.asend(1)
    except StopAsyncIteration as e:
        print("asend after aclose:", type(e).__name__)
    print("aclose again:", await g.aclose())


asyncio.run(main())
