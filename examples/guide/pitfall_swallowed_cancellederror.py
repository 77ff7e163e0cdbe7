# A sibling that swallows CancelledError breaks the teardown contract: it is
# not marked cancelled, keeps working, and the group's exit waits for it.
# (A worker that swallowed cancellation forever would hang the exit; this
# one gives up after a few steps so the program ends.)
import asyncio

trace = []


async def failing():
    await asyncio.sleep(0.01)
    trace.append("failing raises")
    raise ValueError("boom")


async def stubborn():
    steps_after_cancel = 0
    cancelled = False
    while steps_after_cancel < 3:
        try:
            await asyncio.sleep(0.02)
        except asyncio.CancelledError:
            trace.append("stubborn swallowed CancelledError")
            cancelled = True
            continue
        if cancelled:
            steps_after_cancel += 1
            trace.append(f"stubborn still working, step {steps_after_cancel}")
    return "stubborn result"


async def polite():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        trace.append("polite re-raised CancelledError")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t_stub = tg.create_task(stubborn())
            t_pol = tg.create_task(polite())
            tg.create_task(failing())
    except* ValueError as eg:
        trace.append(f"group raised {eg!r}")
    for line in trace:
        print(line)
    print("polite cancelled():", t_pol.cancelled())
    print("stubborn cancelled():", t_stub.cancelled())
    print("stubborn result():", t_stub.result())
    print("stubborn cancelling():", t_stub.cancelling())


asyncio.run(main())
