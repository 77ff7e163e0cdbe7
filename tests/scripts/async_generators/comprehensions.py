# Asynchronous comprehensions of every kind, and await inside comprehensions.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    print([x async for x in numbers(5)])
    print({x % 3 async for x in numbers(7)} == {0, 1, 2})
    print({x: x * 10 async for x in numbers(3)})
    print([x async for x in numbers(10) if x % 2 if x > 2])
    print([await square(x) for x in range(4)])
    print([await square(x) async for x in numbers(4)])
    print([(x, y) async for x in numbers(3) for y in range(x)])
    print([y for x in [[1, 2], [3]] for y in x])
    agen = (x * 2 async for x in numbers(3))
    print(type(agen).__name__)
    print([v async for v in agen])
    print([v async for v in (await square(x) for x in range(3))])
    print(sum([await square(x) for x in range(5)]))
    print([[await square(y) for y in range(x)] for x in range(3)])


asyncio.run(main())
