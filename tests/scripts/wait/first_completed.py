# FIRST_COMPLETED returns as soon as one task is done (a failure counts).
import asyncio


async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise KeyError(d)
    return d


def names(ts):
    return sorted(t.get_name() for t in ts)


async def main():
    ts = [asyncio.create_task(job(0.03), name="slow"), asyncio.create_task(job(0.01), name="fast")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    ts = [asyncio.create_task(job(0.01, fail=True), name="fails"), asyncio.create_task(job(0.03), name="ok")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in pending])
    print([repr(t.exception()) for t in done])


asyncio.run(main())
