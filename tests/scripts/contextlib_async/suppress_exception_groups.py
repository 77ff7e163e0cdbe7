# contextlib.suppress in 3.12 understands exception groups: it drops the
# matching members and re-raises the rest.
import asyncio
from contextlib import suppress


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def group(*excs):
    async with asyncio.TaskGroup() as tg:
        for e in excs:
            tg.create_task(fail(e))


async def main():
    with suppress(ValueError):
        await group(ValueError(1), ValueError(2))
    print("all members matched: suppressed entirely")
    try:
        with suppress(ValueError):
            await group(ValueError(1), KeyError(2))
    except ExceptionGroup as eg:
        print("rest re-raised:", repr(eg))
    with suppress(ValueError, KeyError):
        await group(ValueError(1), KeyError(2))
    print("tuple of types: suppressed")
    with suppress(ExceptionGroup):
        await group(OSError(3))
    print("suppress(ExceptionGroup) matches the group itself")
    with suppress(ValueError):
        raise ValueError("plain")
    print("plain exceptions as before")


asyncio.run(main())
