# current_task() in tasks, in plain callbacks, and outside a loop.
import asyncio

try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside a loop:", e)


async def child():
    return asyncio.current_task()


async def main():
    me = asyncio.current_task()
    print("main is a Task:", isinstance(me, asyncio.Task), me.get_name())
    t = asyncio.create_task(child())
    print("child's current_task is its task:", await t is t)
    print("awaiting a coroutine does not change it:", await (lambda: child())() is me)
    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(lambda: seen.append(asyncio.current_task()))
    await asyncio.sleep(0)
    print("in a callback:", seen)
    print("current_task(loop):", asyncio.current_task(loop) is me)


asyncio.run(main())
