# Negative delays act like sleep(0); non-numbers fail.
import asyncio


async def main():
    order = []

    async def neg():
        await asyncio.sleep(-5)
        order.append("negative")

    async def zero():
        await asyncio.sleep(0)
        order.append("zero")

    await asyncio.gather(neg(), zero())
    print(order)
    print(await asyncio.sleep(False, result="bool delay (False is 0)"))
    for bad in ("1", None):
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print(type(bad).__name__, "TypeError:", e)


asyncio.run(main())
