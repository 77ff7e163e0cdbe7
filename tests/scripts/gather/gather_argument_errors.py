# gather() with bad arguments.
import asyncio


async def main():
    try:
        await asyncio.gather(1, 2)
    except TypeError as e:
        print("TypeError:", e)

    async def c():
        return 1

    coro = c()
    try:
        await asyncio.gather(coro, None)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)
    # the coroutine before the bad argument was already wrapped in a task,
    # which has run it to completion by now
    print("tasks left:", len(asyncio.all_tasks()))
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
