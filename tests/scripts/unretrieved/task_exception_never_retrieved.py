# A task that fails and is never awaited logs "Task exception was never
# retrieved" when it is collected.
import asyncio
import gc


async def background_job():
    await asyncio.sleep(0)
    raise ValueError("nobody is listening")


async def main():
    t = asyncio.create_task(background_job(), name="bg")
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    gc.collect()
    print("collected")


asyncio.run(main())
