# Without return_exceptions the first exception propagates immediately;
# the other awaitables keep running and are not cancelled.
import asyncio

log = []


async def ok(name, delay):
    await asyncio.sleep(delay)
    log.append(f"{name} finished")
    return name


async def fail(name, delay):
    await asyncio.sleep(delay)
    log.append(f"{name} raising")
    raise ValueError(name)


async def main():
    g = asyncio.gather(ok("a", 0.03), fail("b", 0.01), fail("c", 0.02))
    try:
        await g
    except ValueError as e:
        log.append(f"gather raised {e}")
    print("gather done:", g.done(), "exception:", repr(g.exception()))
    await asyncio.sleep(0.05)
    for line in log:
        print(line)


asyncio.run(main())
