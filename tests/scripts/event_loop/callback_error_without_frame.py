# A callback that fails without running Python code (a builtin method on a
# done future, a non-callable) is logged like any failed callback: message,
# handle, then the traceback header and the exception.
import asyncio


def cb(*args):
    print("cb", args)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1, 2)
    h = loop.call_later(0.005, cb, "cancelled")
    h.cancel()
    print("cancelled:", h.cancelled())
    fut = loop.create_future()
    fut.set_result("first")
    loop.call_soon(fut.set_result, "second")
    await asyncio.sleep(0)
    loop.call_soon(5)
    await asyncio.sleep(0)
    print("still running:", fut.result())


asyncio.run(main())
