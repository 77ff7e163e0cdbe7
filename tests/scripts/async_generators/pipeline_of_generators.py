# Chained async generators forming a pipeline; closing the consumer end
# propagates closure upward through aclose in finally blocks.
import asyncio
from contextlib import aclosing


async def source(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("source closed")


async def double(it):
    async with aclosing(it):
        try:
            async for x in it:
                yield x * 2
        finally:
            print("double closed")


async def keep(it, pred):
    async with aclosing(it):
        try:
            async for x in it:
                if pred(x):
                    yield x
        finally:
            print("keep closed")


async def main():
    pipe = keep(double(source(10)), lambda x: x % 3 == 0)
    async with aclosing(pipe):
        async for v in pipe:
            print("got", v)
            if v >= 6:
                break
    print("after pipeline")
    full = [x async for x in keep(double(source(4)), lambda x: True)]
    print(full)


asyncio.run(main())
