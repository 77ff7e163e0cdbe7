# The diagnostic gauge: all_tasks() per request is a sawtooth that returns to
# baseline with TaskGroup, and a rising floor when tasks escape the group.
import asyncio

escaped = []


async def child(delay):
    await asyncio.sleep(delay)


async def structured_request():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(0.01))
        tg.create_task(child(0.02))


async def leaky_request():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(0.01))
        # escapes the group: a bare create_task with a long-running coroutine
        escaped.append(asyncio.create_task(child(10)))


async def main():
    base = len(asyncio.all_tasks())
    gauge = []
    for _ in range(3):
        await structured_request()
        gauge.append(len(asyncio.all_tasks()) - base)
    print("structured floor:", gauge)
    gauge = []
    for _ in range(3):
        await leaky_request()
        gauge.append(len(asyncio.all_tasks()) - base)
    print("leaky floor:", gauge)
    for t in escaped:
        t.cancel()
    await asyncio.gather(*escaped, return_exceptions=True)
    print("after cancelling the escaped tasks:", len(asyncio.all_tasks()) - base)


asyncio.run(main())
