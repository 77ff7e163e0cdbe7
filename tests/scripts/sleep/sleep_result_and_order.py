# sleep() returns its result argument; timers fire in deadline order.
import asyncio

trace = []


async def napper(name, delay):
    r = await asyncio.sleep(delay, result=f"{name} woke")
    trace.append(r)


async def main():
    print(await asyncio.sleep(0), await asyncio.sleep(0, "zero result"))
    print(await asyncio.sleep(0.01, result=[1, 2]))
    await asyncio.gather(napper("c", 0.03), napper("a", 0.01), napper("b", 0.02), napper("z", 0))
    print(trace)


asyncio.run(main())
