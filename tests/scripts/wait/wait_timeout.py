# wait(timeout=...) does not raise on timeout and does not cancel anything.
import asyncio


async def job(gate):
    if gate is None:
        await asyncio.sleep(0)
    else:
        await gate.wait()
    return "done"


def names(ts):
    return sorted(t.get_name() for t in ts)


async def main():
    gate = asyncio.Event()
    ts = [asyncio.create_task(job(None), name="short"), asyncio.create_task(job(gate), name="long")]
    done, pending = await asyncio.wait(ts, timeout=0.02)
    print("done:", names(done), "pending:", names(pending))
    print("pending still running, not cancelled:", [t.cancelled() for t in pending], [t.done() for t in pending])
    gate.set()
    done, pending = await asyncio.wait(ts, timeout=1)
    print("done:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(ts, timeout=0)
    print("timeout=0 on finished tasks:", names(done), names(pending))


asyncio.run(main())
