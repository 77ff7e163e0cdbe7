# anext() with and without a default, and on things that are not async
# iterators.
import asyncio


async def two():
    yield 1
    yield 2


async def main():
    g = two()
    print(await anext(g, "d"), await anext(g, "d"), await anext(g, "d"), await anext(g, "d"))
    try:
        anext([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(g, "a", "b")
    except TypeError as e:
        print("TypeError:", e)
    aw = anext(two(), None)
    print(type(aw).__name__ in ("anext_awaitable", "async_generator_asend"), await aw)


asyncio.run(main())
