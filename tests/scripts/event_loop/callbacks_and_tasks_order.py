# Tasks and call_soon callbacks share one FIFO ready queue: a task's first
# step is queued when the task is created.
import asyncio

trace = []


async def child(name):
    trace.append(f"{name} step 1")
    await asyncio.sleep(0)
    trace.append(f"{name} step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(trace.append, "callback 1")
    asyncio.create_task(child("T1"))
    loop.call_soon(trace.append, "callback 2")
    asyncio.create_task(child("T2"))
    loop.call_soon(trace.append, "callback 3")
    trace.append("main yields")
    await asyncio.sleep(0)
    trace.append("main resumed")
    await asyncio.sleep(0)
    trace.append("main resumed again")
    await asyncio.sleep(0)
    for t in trace:
        print(t)


asyncio.run(main())
