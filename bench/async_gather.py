# gather() over 10,000 coroutines, each suspending once: wrapping
# coroutines in tasks and collecting their results in order.
import asyncio

N = 10_000


async def work(i):
    await asyncio.sleep(0)
    return i * 2


async def main():
    total = 0
    for _ in range(5):
        results = await asyncio.gather(*[work(i) for i in range(N)])
        total += sum(results)
    print(len(results), total, results[:3], results[-3:])


asyncio.run(main())
