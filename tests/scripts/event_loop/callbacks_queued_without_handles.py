# Done callbacks and task steps that skein queues without a Handle must
# behave as CPython's Handles do: order, removal, errors reported through
# the loop's exception handler, debug mode, and a closed loop.
import asyncio


def show(tag):
    def cb(fut):
        print(tag, fut.result() if not fut.cancelled() else "cancelled")
    cb.__qualname__ = f"show_{tag}"
    return cb


def broken(fut):
    raise ValueError(f"callback saw {fut.result()}")


async def order_and_removal():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a, b, c = show("a"), show("b"), show("c")
    for cb in (a, b, c, b):
        fut.add_done_callback(cb)
    print("removed b:", fut.remove_done_callback(b))
    print("removed missing:", fut.remove_done_callback(show("z")))
    print("callbacks left:", len(fut._callbacks))
    fut.set_result(1)
    await asyncio.sleep(0)


async def waiter_and_callbacks():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(wait_on(fut))
    await asyncio.sleep(0)
    print("awaited future has", len(fut._callbacks), "callback")
    fut.add_done_callback(show("after-task"))
    print("now", len(fut._callbacks))
    print("removing an unrelated callback:", fut.remove_done_callback(show("x")))
    fut.set_result("v")
    print("task got", await task)


async def wait_on(fut):
    value = await fut
    print("task woke with", value)
    return value


async def failing_callback():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append(ctx))
    fut = loop.create_future()
    fut.add_done_callback(broken)
    fut.set_result(7)
    await asyncio.sleep(0)
    ctx = seen[0]
    print(sorted(ctx))
    print(ctx["message"].split(" at ")[0])
    print(type(ctx["exception"]).__name__, ctx["exception"])
    print(type(ctx["handle"]).__name__, ctx["handle"].cancelled())
    loop.set_exception_handler(None)


async def ready_length():
    loop = asyncio.get_running_loop()
    before = len(loop._ready)
    tasks = [asyncio.create_task(asyncio.sleep(0)) for _ in range(3)]
    print("ready grew by", len(loop._ready) - before)
    await asyncio.gather(*tasks)


async def cancelled_waiter():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(wait_on(fut))
    await asyncio.sleep(0)
    fut.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled through its future:", task.cancelled())


async def main():
    await order_and_removal()
    await waiter_and_callbacks()
    await failing_callback()
    await ready_length()
    await cancelled_waiter()


asyncio.run(main())
asyncio.run(waiter_and_callbacks(), debug=True)

loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.add_done_callback(show("never"))
loop.close()
try:
    fut.set_result(1)
except RuntimeError as e:
    print("closed loop:", e)
