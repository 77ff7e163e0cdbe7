# timeout <= 0: a done awaitable still gives its result; otherwise the
# awaitable is cancelled at once and TimeoutError raised.
import asyncio

started = []


async def never_started():
    started.append(True)
    await asyncio.sleep(1)


async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result("already done")
    print(await asyncio.wait_for(f, 0))
    for t in (0, -1):
        try:
            await asyncio.wait_for(never_started(), timeout=t)
        except TimeoutError as e:
            print(f"timeout={t}: TimeoutError, cause {type(e.__cause__).__name__}")
    print("body started:", started)
    done_task = asyncio.create_task(asyncio.sleep(0, "done task"))
    await done_task
    print(await asyncio.wait_for(done_task, 0))


asyncio.run(main())
