# A child cancelled by another task is not an error for the group: the
# other children go on and the group exits normally.
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)
    return d


async def main():
    async with asyncio.TaskGroup() as tg:
        victim = tg.create_task(sleeper(1))
        other = tg.create_task(sleeper(0.02))
        await asyncio.sleep(0.01)
        victim.cancel()
    print("victim cancelled:", victim.cancelled(), "other result:", other.result())

    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(sleeper(1))
        t.cancel()
    print("cancelled before start; group fine:", t.cancelled())


asyncio.run(main())
