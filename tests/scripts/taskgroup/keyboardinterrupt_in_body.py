# KeyboardInterrupt or SystemExit raised in the body is not wrapped: after
# the children are cancelled the group re-raises it bare.
import asyncio

log = []


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("child cancelled")
        raise


async def run(exc):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise exc
    except BaseExceptionGroup as eg:
        log.append(f"wrapped (wrong): {eg!r}")
    except BaseException as e:
        log.append(f"bare: {e!r}")


async def main():
    await run(KeyboardInterrupt("stop"))
    await run(SystemExit(4))
    for line in log:
        print(line)


asyncio.run(main())
