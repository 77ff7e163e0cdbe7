# A future's done callbacks are scheduled with call_soon in registration
# order when it completes; tasks awaiting it resume in the same queue.
import asyncio

trace = []


async def awaiter(name, fut):
    await fut
    trace.append(f"task {name} resumed")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: trace.append("callback 1"))
    t1 = asyncio.create_task(awaiter("a", fut))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: trace.append("callback 2"))
    t2 = asyncio.create_task(awaiter("b", fut))
    await asyncio.sleep(0)
    loop.call_soon(trace.append, "soon before set_result")
    fut.set_result(None)
    loop.call_soon(trace.append, "soon after set_result")
    trace.append("set_result returned")
    await asyncio.gather(t1, t2)
    for t in trace:
        print(t)

    trace.clear()
    done = loop.create_future()
    done.set_result(1)
    done.add_done_callback(lambda f: trace.append("added after done"))
    trace.append("add_done_callback returned")
    await asyncio.sleep(0)
    print(trace)


asyncio.run(main())
