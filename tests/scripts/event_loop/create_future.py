# Futures made by loop.create_future() are completed by callbacks and
# wake the coroutines awaiting them.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("type:", type(fut).__name__, "done:", fut.done())
    print("get_loop is loop:", fut.get_loop() is loop)
    loop.call_later(0.01, fut.set_result, "hello")
    print("awaited:", await fut)
    print("await again gives the same:", await fut)

    fut = loop.create_future()
    loop.call_soon(fut.set_exception, KeyError("nope"))
    try:
        await fut
    except KeyError as e:
        print("exception:", repr(e))

    fut = loop.create_future()
    waiters = []

    async def waiter(i):
        v = await fut
        waiters.append((i, v))

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    fut.set_result("shared")
    await asyncio.gather(*tasks)
    print("all waiters woke in order:", waiters)

    fut = loop.create_future()
    print("iter protocol:", hasattr(fut, "__await__"), hasattr(fut, "__iter__"))
    fut.cancel()
    try:
        await fut
    except asyncio.CancelledError as e:
        print("cancelled future:", repr(e))


asyncio.run(main())
