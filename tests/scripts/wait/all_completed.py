# wait() with ALL_COMPLETED returns (done, pending) sets of tasks; it does
# not raise the tasks' exceptions.
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [
        asyncio.create_task(job("a", 0.01), name="a"),
        asyncio.create_task(job("b", 0.02, fail=True), name="b"),
        asyncio.create_task(job("c", 0.03), name="c"),
    ]
    done, pending = await asyncio.wait(tasks)
    print("done:", names(done), "pending:", names(pending))
    print("types:", type(done).__name__, type(pending).__name__)
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()) if t.exception() else t.result())
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print("again:", names(done), names(pending))
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)


asyncio.run(main())
