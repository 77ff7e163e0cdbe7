# Nested TaskGroups failing: the outer group holds the inner group.
import asyncio


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def inner_phase():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(ValueError("inner a"), 0))
        tg.create_task(fail(TypeError("inner b"), 0))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner_phase())
        tg.create_task(fail(KeyError("outer"), 1))  # cancelled first


asyncio.run(main())
