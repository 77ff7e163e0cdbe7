# Without return_exceptions the first exception propagates immediately;
# the other awaitables keep running and are not cancelled: here they go on
# after the caller has already seen the exception.
import asyncio

log = []
later = None


async def ok(name):
    await later.wait()
    log.append(f"{name} finished")
    return name


async def fail(name, first):
    if first:
        await asyncio.sleep(0)
    else:
        await later.wait()
    log.append(f"{name} raising")
    raise ValueError(name)


async def main():
    global later
    later = asyncio.Event()
    g = asyncio.gather(ok("a"), fail("b", True), fail("c", False))
    try:
        await g
    except ValueError as e:
        log.append(f"gather raised {e}")
    print("gather done:", g.done(), "exception:", repr(g.exception()))
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print("still running:", len(others))
    later.set()
    await asyncio.wait(others)
    for line in log:
        print(line)


asyncio.run(main())
