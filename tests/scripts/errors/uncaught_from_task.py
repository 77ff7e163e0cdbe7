# A task's exception re-raised by `await task`: the traceback shows the
# awaiting frame, then the task's own frames.
import asyncio


async def divide(a, b):
    await asyncio.sleep(0)
    return a / b


async def worker():
    return await divide(1, 0)


async def main():
    task = asyncio.create_task(worker())
    print("task started")
    await task


asyncio.run(main())
