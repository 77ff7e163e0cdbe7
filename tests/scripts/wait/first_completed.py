# FIRST_COMPLETED returns as soon as one task is done (a failure counts).
import asyncio


async def job(gate=None, fail=False):
    if gate is None:
        await asyncio.sleep(0)
    else:
        await gate.wait()
    if fail:
        raise KeyError("failed")
    return "ok"


def names(ts):
    return sorted(t.get_name() for t in ts)


async def main():
    gate = asyncio.Event()
    ts = [asyncio.create_task(job(gate), name="slow"), asyncio.create_task(job(), name="fast")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    gate.set()
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    never = asyncio.Event()
    ts = [asyncio.create_task(job(fail=True), name="fails"), asyncio.create_task(job(never), name="ok")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in pending])
    print([repr(t.exception()) for t in done])


asyncio.run(main())
