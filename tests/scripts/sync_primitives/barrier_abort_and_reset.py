# abort() breaks the barrier: waiters and later callers get
# BrokenBarrierError until reset().
import asyncio


async def waiter(name, barrier):
    try:
        await barrier.wait()
        return f"{name} passed"
    except asyncio.BrokenBarrierError as e:
        return f"{name}: BrokenBarrierError{e.args}"


async def main():
    barrier = asyncio.Barrier(3)
    t1 = asyncio.create_task(waiter("w1", barrier))
    t2 = asyncio.create_task(waiter("w2", barrier))
    await asyncio.sleep(0.01)
    await barrier.abort()
    print(await t1)
    print(await t2)
    print("broken:", barrier.broken)
    print(await waiter("late", barrier))
    await barrier.reset()
    print("after reset broken:", barrier.broken)
    r = await asyncio.gather(*(waiter(f"r{i}", barrier) for i in range(3)))
    print(r)

    t = asyncio.create_task(waiter("c1", barrier))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled waiter -> broken:", barrier.broken)
    print("BrokenBarrierError is RuntimeError:", issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(main())
