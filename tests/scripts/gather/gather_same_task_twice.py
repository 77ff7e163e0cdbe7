# The same task or future passed twice is awaited once and its result
# repeated.
import asyncio

runs = 0


async def counted():
    global runs
    runs += 1
    await asyncio.sleep(0)
    return runs


async def main():
    t = asyncio.create_task(counted())
    print(await asyncio.gather(t, t, t))
    print("ran", runs, "time(s)")


asyncio.run(main())
