# For contrast, the ad-hoc pattern: tasks fired off with create_task and
# gathered later. When the request fails before the gather, the tasks are
# orphaned; one of them fails and, once collected, asyncio logs
# "Task exception was never retrieved" on stderr.
import asyncio
import gc


async def load(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)
    return name


async def validate():
    await asyncio.sleep(0.005)
    raise PermissionError("not allowed")


async def handle():
    tasks = [
        asyncio.create_task(load("profile", 0.01, False)),
        asyncio.create_task(load("orders", 0.02, True)),
    ]
    await validate()  # fails: the gather below is never reached
    return await asyncio.gather(*tasks)


async def main():
    try:
        await handle()
    except PermissionError as e:
        print("request failed:", e)
    print("orphans still running:", len(asyncio.all_tasks()) - 1)
    await asyncio.sleep(0.05)
    print("orphans after they finished:", len(asyncio.all_tasks()) - 1)
    gc.collect()
    print("collected")


asyncio.run(main())
