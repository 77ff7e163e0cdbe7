# Async comprehensions: async for, await in comprehensions, async generator
# expressions, inside a timeout.
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def double(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    print([x async for x in agen(4)])
    print([await double(x) for x in range(3)])
    print({x: await double(x) async for x in agen(3) if x % 2 == 0})
    print([x async for x in agen(5) if await double(x) > 4])
    g = (await double(x) for x in range(3))
    print(type(g).__name__, [y async for y in g])
    async with asyncio.timeout(1):
        print(sum([x async for x in agen(10)]))
asyncio.run(main())
