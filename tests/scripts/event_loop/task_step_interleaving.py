# The exact order in which task steps run: each `await asyncio.sleep(0)`
# puts the task at the back of the ready queue.
import asyncio

trace = []


async def worker(name, steps):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)
    trace.append(f"{name} done")


async def main():
    a = asyncio.create_task(worker("A", 3))
    b = asyncio.create_task(worker("B", 2))
    trace.append("main created A and B")
    c = asyncio.create_task(worker("C", 1))
    trace.append("main created C")
    await asyncio.sleep(0)
    trace.append("main after sleep(0)")
    await asyncio.gather(a, b, c)
    trace.append("main after gather")
    print(" ".join(trace))


asyncio.run(main())
