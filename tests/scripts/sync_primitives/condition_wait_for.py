# Condition.wait_for(predicate) re-checks the predicate after each wake-up.
import asyncio

items = []


async def waiter(cond):
    async with cond:
        result = await cond.wait_for(lambda: len(items) >= 3)
        print("predicate satisfied; returned", result, "items", items)


async def producer(cond):
    for i in range(4):
        await asyncio.sleep(0.005)
        async with cond:
            items.append(i)
            print("produced", i)
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(waiter(cond), producer(cond))
    async with cond:
        print("already true:", await cond.wait_for(lambda: "yes"))


asyncio.run(main())
