# get_coro() and get_loop() of a task, and where a task's coroutine lives.
import asyncio
import inspect


async def work(x):
    await asyncio.sleep(0)
    return x


async def main():
    c = work(1)
    t = asyncio.create_task(c)
    print("get_coro is the coroutine:", t.get_coro() is c)
    print("state before first step:", inspect.getcoroutinestate(c))
    await asyncio.sleep(0)
    print("state while waiting:", inspect.getcoroutinestate(c))
    print("get_loop:", t.get_loop() is asyncio.get_running_loop())
    await t
    print("state after:", inspect.getcoroutinestate(c), "get_coro still:", t.get_coro() is c)
    print("current task's coroutine name:", asyncio.current_task().get_coro().__name__)


asyncio.run(main())
