# repr() of tasks and futures in each state (paths and addresses are
# normalised by the test runner).
import asyncio


async def work(x):
    await asyncio.sleep(0.01)
    return x


async def fail():
    raise ValueError("v")


async def main():
    t = asyncio.create_task(work(3), name="w")
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    await t
    print(repr(t))
    f = asyncio.create_task(fail(), name="f")
    try:
        await f
    except ValueError:
        pass
    print(repr(f))
    c = asyncio.create_task(work(1), name="c")
    await asyncio.sleep(0)
    c.cancel()
    print(repr(c))
    try:
        await c
    except asyncio.CancelledError:
        pass
    print(repr(c))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    fut.set_result([1, 2])
    print(repr(fut))
    fut = loop.create_future()
    fut.set_exception(KeyError("k"))
    print(repr(fut))
    fut.exception()
    fut = loop.create_future()
    fut.cancel()
    print(repr(fut))


asyncio.run(main())
