# An uncaught ExceptionGroup from a TaskGroup under asyncio.run(): the
# traceback box and exit status 1.
import asyncio
async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(n)
async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(fail(i))
asyncio.run(main())
