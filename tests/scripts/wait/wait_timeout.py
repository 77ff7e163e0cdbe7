# wait(timeout=...) does not raise on timeout and does not cancel anything.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


def names(ts):
    return sorted(t.get_name() for t in ts)


async def main():
    ts = [asyncio.create_task(job(0.01), name="short"), asyncio.create_task(job(0.05), name="long")]
    done, pending = await asyncio.wait(ts, timeout=0.02)
    print("done:", names(done), "pending:", names(pending))
    print("pending still running, not cancelled:", [t.cancelled() for t in pending], [t.done() for t in pending])
    done, pending = await asyncio.wait(ts, timeout=1)
    print("done:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(ts, timeout=0)
    print("timeout=0 on finished tasks:", names(done), names(pending))


asyncio.run(main())
