# len(asyncio.all_tasks()) returns to its baseline after each TaskGroup,
# whether the group succeeded or failed: no orphans survive the scope.
import asyncio


async def work(i, fail):
    await asyncio.sleep(0.01 * (i % 3))
    if fail and i == 2:
        raise ValueError(i)


async def request(n, fail):
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(n):
                tg.create_task(work(i, fail))
            print("  inside the block:", len(asyncio.all_tasks()))
    except* ValueError:
        print("  request failed")


async def main():
    baseline = len(asyncio.all_tasks())
    print("baseline:", baseline)
    for n, fail in ((3, False), (5, True), (4, False)):
        await request(n, fail)
        now = len(asyncio.all_tasks())
        print(f"after request with {n} children: {now} back to baseline: {now == baseline}")


asyncio.run(main())
