# get_running_loop() outside and inside coroutines, tasks and callbacks.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)



async def child():
    return asyncio.get_running_loop()


async def main():
    loop = asyncio.get_running_loop()
    print("same loop in a task:", await asyncio.create_task(child()) is loop)
    print("get_event_loop returns it:", asyncio.get_event_loop() is loop)
    seen = []
    loop.call_soon(lambda: seen.append(asyncio.get_running_loop() is loop))
    await asyncio.sleep(0)
    print("inside a callback:", seen)
    print("is_running:", loop.is_running(), "is_closed:", loop.is_closed())
    return loop


loop = asyncio.run(main())
print("after run is_running:", loop.is_running(), "is_closed:", loop.is_closed())
