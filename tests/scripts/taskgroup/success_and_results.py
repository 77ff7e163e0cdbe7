# A TaskGroup waits for all children; results are read after the block.
import asyncio

finished = []


async def job(name, d):
    await asyncio.sleep(d)
    finished.append(name)
    return name * 2


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.03))
        b = tg.create_task(job("b", 0.01))
        c = tg.create_task(job("c", 0.02), name="named-c")
        print("inside, done:", [t.done() for t in (a, b, c)])
        print("create_task returns a Task:", type(a).__name__, c.get_name())
    print("order finished:", finished)
    print("results:", a.result(), b.result(), c.result())
    async with asyncio.TaskGroup() as tg:
        pass
    print("an empty group exits at once")
    async with asyncio.TaskGroup() as tg:
        await asyncio.sleep(0.01)
        late = tg.create_task(job("late", 0))
    print("task created after an await in the body:", late.result())


asyncio.run(main())
