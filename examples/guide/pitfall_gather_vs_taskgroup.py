# TaskGroup is all-or-nothing; for independent batches where partial success
# is fine, gather(return_exceptions=True) collects every outcome instead.
import asyncio


async def fetch(i, slow_backend):
    await asyncio.sleep(0)
    if i % 3 == 1:
        raise LookupError(f"item {i} missing")
    if i % 3 == 2:
        await slow_backend.wait()  # these answer later
    return f"item {i}"


async def main():
    slow = asyncio.Event()
    asyncio.get_running_loop().call_later(0.01, slow.set)
    results = await asyncio.gather(*(fetch(i, slow) for i in range(6)), return_exceptions=True)
    for i, r in enumerate(results):
        kind = "error" if isinstance(r, BaseException) else "ok"
        print(f"gather {i}: {kind}: {r!r}")

    slow = asyncio.Event()  # this time the slow items are still waiting when the group aborts
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(6):
                tasks.append(tg.create_task(fetch(i, slow)))
    except* LookupError as eg:
        print("TaskGroup:", repr(eg))
    for i, t in enumerate(tasks):
        if t.cancelled():
            print(f"task {i}: cancelled")
        elif t.exception() is not None:
            print(f"task {i}: error: {t.exception()!r}")
        else:
            print(f"task {i}: ok: {t.result()!r}")


asyncio.run(main())
