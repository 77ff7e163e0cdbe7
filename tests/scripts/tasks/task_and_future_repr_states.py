# reprs of tasks (pending, cancelling, cancelled, finished) and futures.
import asyncio
async def sleeper():
    await asyncio.sleep(1)
async def fail():
    raise ValueError("x")
async def main():
    t = asyncio.create_task(sleeper(), name="sleepy")
    print(repr(t).split(" coro=")[0])
    await asyncio.sleep(0)
    t.cancel()
    print(repr(t).split(" coro=")[0])
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(repr(t).split(" coro=")[0])
    f = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(repr(f).split(" coro=")[0], f.exception())
    fut = asyncio.get_running_loop().create_future()
    print(repr(fut))
    fut.set_result([1, 2])
    print(repr(fut))
    fut2 = asyncio.get_running_loop().create_future()
    fut2.set_exception(KeyError("k"))
    print(repr(fut2))
    fut2.exception()
    fut3 = asyncio.get_running_loop().create_future()
    fut3.cancel()
    print(repr(fut3))
asyncio.run(main())
