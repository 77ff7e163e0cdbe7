# An exception raised inside an async generator, seen from the async for:
# the generator's frame comes after the consumer's.
import asyncio


async def sizes(rows):
    for row in rows:
        await asyncio.sleep(0)
        yield int(row["size"])


async def main():
    total = 0
    async for n in sizes([{"size": "10"}, {"size": "ten"}]):
        total += n
    print(total)


asyncio.run(main())
