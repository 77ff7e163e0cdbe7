# Tasks awaiting tasks: every await adds the awaiting frame.
import asyncio


async def leaf():
    await asyncio.sleep(0)
    raise PermissionError("leaf refused")


async def middle():
    return await asyncio.create_task(leaf())


async def main():
    await asyncio.create_task(middle())


asyncio.run(main())
