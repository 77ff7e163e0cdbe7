# After `async with TaskGroup()` the next line runs only once every child
# finished, and only when all of them succeeded.
import asyncio

log = []


async def step(name, iterations, fail=False):
    for _ in range(iterations):
        await asyncio.sleep(0)
    if fail:
        raise RuntimeError(f"{name} broke")
    log.append(name)


async def run(fail_b):
    log.clear()
    reached = False
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("a", 1))
            tg.create_task(step("b", 2, fail=fail_b))
            tg.create_task(step("c", 4))
        reached = True
        print("after the block, finished:", log)
    except* RuntimeError as eg:
        print("group failed with", [str(e) for e in eg.exceptions])
    print("reached the line after the block:", reached)
    print("children that completed:", log)


async def main():
    await run(fail_b=False)
    await run(fail_b=True)


asyncio.run(main())
