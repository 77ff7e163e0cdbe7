# A task cancelled from outside while inside timeout() gets CancelledError,
# not TimeoutError, even if the deadline also passes.
import asyncio

log = []


async def worker(deadline):
    try:
        async with asyncio.timeout(deadline) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        log.append("TimeoutError")
    except asyncio.CancelledError as e:
        log.append(f"CancelledError{e.args} expired={cm.expired()}")
        raise


async def main():
    t = asyncio.create_task(worker(0.5))
    await asyncio.sleep(0.01)
    t.cancel("external")
    await asyncio.gather(t, return_exceptions=True)

    t = asyncio.create_task(worker(0.01))
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)

    def both():
        t.cancel("external at deadline")

    loop.call_later(0.01, both)
    await asyncio.gather(t, return_exceptions=True)
    print(log)
    print("second task cancelled():", t.cancelled())


asyncio.run(main())
