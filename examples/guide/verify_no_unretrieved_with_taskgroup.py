# With TaskGroup every child's exception is retrieved by the group, so even
# after the tasks are collected nothing is logged on stderr.
import asyncio
import gc


async def fail(name, delay):
    await asyncio.sleep(delay)
    raise KeyError(name)


async def handle():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("first", 0))
        tg.create_task(fail("second", 0))
        tg.create_task(fail("third", 1))  # cancelled by the group


async def main():
    try:
        await handle()
    except* KeyError as eg:
        print("handled:", sorted(str(e) for e in eg.exceptions))
    await asyncio.sleep(0.05)
    gc.collect()
    print("collected; stderr stays empty")


asyncio.run(main())
gc.collect()
print("exit")
