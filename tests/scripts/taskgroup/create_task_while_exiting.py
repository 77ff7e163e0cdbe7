# While the group waits in __aexit__ for running children, a child may
# still add tasks to it; the group waits for those too.
import asyncio

log = []


async def spawner(tg):
    await asyncio.sleep(0.01)
    log.append("spawner adds a task after the body finished")
    tg.create_task(late())


async def late():
    await asyncio.sleep(0.01)
    log.append("late task finished")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg))
        log.append("body done")
    log.append("group exited")
    print(log)


asyncio.run(main())
