# StopIteration and StopAsyncIteration raised inside an async generator
# become RuntimeError; `return` just ends it.
import asyncio


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inner")


async def raises_stop():
    yield 1
    raise StopIteration("inner")


async def returns_early(n):
    for i in range(10):
        if i == n:
            return
        yield i


async def main():
    for fn in (raises_stop_async, raises_stop):
        try:
            async for x in fn():
                print(fn.__name__, "yielded", x)
        except RuntimeError as e:
            print(fn.__name__, "RuntimeError:", e, "cause:", repr(e.__cause__))
    print([x async for x in returns_early(3)])


asyncio.run(main())
