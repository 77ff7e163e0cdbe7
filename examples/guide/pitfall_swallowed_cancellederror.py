# A sibling that swallows CancelledError breaks the teardown contract: it is
# not marked cancelled, keeps working, and the group's exit waits for it.
# (A worker that swallowed cancellation forever would hang the exit; this
# one gives up after a few steps so the program ends.)
import asyncio

# one log per worker: the group cancels siblings in an unspecified order
trace = {"failing": [], "stubborn": [], "polite": [], "main": []}


async def failing():
    await asyncio.sleep(0.01)
    trace["failing"].append("raises")
    raise ValueError("boom")


async def stubborn():
    steps_after_cancel = 0
    cancelled = False
    while steps_after_cancel < 3:
        try:
            await asyncio.sleep(0.02)
        except asyncio.CancelledError:
            trace["stubborn"].append("swallowed CancelledError")
            cancelled = True
            continue
        if cancelled:
            steps_after_cancel += 1
            trace["stubborn"].append(f"still working, step {steps_after_cancel}")
    return "stubborn result"


async def polite():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        trace["polite"].append("re-raised CancelledError")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t_stub = tg.create_task(stubborn())
            t_pol = tg.create_task(polite())
            tg.create_task(failing())
    except* ValueError as eg:
        trace["main"].append(f"group raised {eg!r}")
    for who, lines in trace.items():
        for line in lines:
            print(f"{who}: {line}")
    print("polite cancelled():", t_pol.cancelled())
    print("stubborn cancelled():", t_stub.cancelled())
    print("stubborn result():", t_stub.result())
    print("stubborn cancelling():", t_stub.cancelling())


asyncio.run(main())
