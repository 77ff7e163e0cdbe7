# With asyncio.eager_task_factory (3.12) a task's first step runs inside
# create_task; a task that finishes without suspending is done at once.
import asyncio

trace = []


async def quick(name):
    trace.append(f"{name} runs")
    return name


async def suspends(name):
    trace.append(f"{name} first step")
    await asyncio.sleep(0)
    trace.append(f"{name} second step")
    return name


async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(quick("lazy"))
    trace.append(f"lazy created, done={t1.done()}")
    await t1
    loop.set_task_factory(asyncio.eager_task_factory)
    t2 = asyncio.create_task(quick("eager"))
    trace.append(f"eager created, done={t2.done()}, result={t2.result()}")
    t3 = asyncio.create_task(suspends("eager-suspending"))
    trace.append(f"eager-suspending created, done={t3.done()}")
    await t3
    print("current_task inside eager step is the task:",
          await asyncio.create_task(current()) is not None)
    loop.set_task_factory(None)
    for line in trace:
        print(line)


async def current():
    return asyncio.current_task()


asyncio.run(main())
