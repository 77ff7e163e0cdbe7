# shield(): cancelling the awaiter does not cancel the shielded work, which
# finishes in the background.
import asyncio

log = []
release = None


async def important():
    await release.wait()
    log.append("important work finished")
    return "saved"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        log.append("caller cancelled")
        raise


async def main():
    global release
    release = asyncio.Event()
    inner = asyncio.create_task(important())
    t = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw caller cancelled")
    print("inner still running:", not inner.done())
    release.set()
    print("inner result:", await inner)
    print(log)


asyncio.run(main())
