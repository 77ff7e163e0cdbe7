# as_completed() yields awaitables in completion order.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    coros = [job("third", 0.03), job("first", 0.01), job("second", 0.02)]
    for i, fut in enumerate(asyncio.as_completed(coros)):
        print(i, await fut)
    print("iterator type is a generator:", type(asyncio.as_completed([])).__name__)


asyncio.run(main())
