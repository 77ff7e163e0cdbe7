# wait_for(shield(task)): the timeout ends the wait, but the task goes on.
import asyncio


async def slow():
    await asyncio.sleep(0.03)
    return "finished anyway"


async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.01)
    except TimeoutError:
        print("timed out; task done:", t.done())
    print(await t)


asyncio.run(main())
