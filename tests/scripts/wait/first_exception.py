# FIRST_EXCEPTION returns at the first failure, or when all are done if
# nothing fails; cancellation is not an exception here.
import asyncio


async def job(d, fail=False, gate=None):
    if gate is not None:
        await gate.wait()
    elif isinstance(d, int):
        for _ in range(d):  # d loop iterations
            await asyncio.sleep(0)
    else:
        await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"failed at {d}")
    return d


def names(ts):
    return sorted(t.get_name() for t in ts)


async def main():
    gate = asyncio.Event()
    ts = [
        asyncio.create_task(job(1), name="ok1"),
        asyncio.create_task(job(2, fail=True), name="bad"),
        asyncio.create_task(job(0, gate=gate), name="ok2"),
    ]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", names(done), "pending:", names(pending))
    gate.set()
    await asyncio.wait(pending)
    ts = [asyncio.create_task(job(0.01), name="x"), asyncio.create_task(job(0.02), name="y")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("no failure, waits for all:", names(done), names(pending))
    ts = [asyncio.create_task(job(0.5), name="to-cancel"), asyncio.create_task(job(0.02), name="z")]
    asyncio.get_running_loop().call_later(0.01, ts[0].cancel)
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("a cancellation does not stop the wait:", names(done), names(pending))


asyncio.run(main())
