# A TaskGroup accepts new tasks only while it is running: before entering
# and after it finished, create_task raises RuntimeError.
import asyncio


async def job(x):
    await asyncio.sleep(0)
    return x


async def main():
    tg = asyncio.TaskGroup()
    coro = job(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("before entering:", e)
    coro.close()

    async with tg:
        t = tg.create_task(job(1))
    print("inside worked:", t.result())

    coro = job(2)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("after exit:", e)
    coro.close()


asyncio.run(main())
