# __aiter__/__anext__ on user classes and the errors of `async for`.
import asyncio
import gc
import warnings


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class BadAiter:
    def __aiter__(self):
        return 5


class NoAiter:
    pass


class SyncAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


class AsyncAiter:
    async def __aiter__(self):
        return self


async def main():
    async for x in Ticker(3):
        print("tick", x)
    else:
        print("loop else ran")
    print([x async for x in Ticker(4)])
    it = Ticker(2)
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    print("aiter is self:", aiter(it) is it)

    for obj in (BadAiter(), NoAiter(), 7, [1, 2], SyncAnext()):
        try:
            async for _ in obj:
                break
        except TypeError as e:
            print(type(obj).__name__, "TypeError:", e)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            async for _ in AsyncAiter():
                break
        except TypeError as e:
            print("AsyncAiter TypeError:", e)
        gc.collect()
    print("warnings:", [f"{w.category.__name__}: {w.message}" for w in caught])
    try:
        aiter(NoAiter())
    except TypeError as e:
        print("aiter():", e)
    try:
        await anext(Ticker)
    except TypeError as e:
        print("anext():", e)


asyncio.run(main())
