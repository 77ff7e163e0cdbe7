# Cancelling a task while it awaits gather() reaches every gathered child.
# gather reports the cancellation as soon as the first child ends
# cancelled, so the task does not wait for a child that swallowed the
# cancellation: that one finishes later in the background.
import asyncio

log = []
release = None


async def polite(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("stubborn ignores the cancel")
    await release.wait()
    log.append("stubborn finished")
    return "stubborn result"


async def parent():
    try:
        return await asyncio.gather(polite("a"), stubborn(), polite("b"))
    except asyncio.CancelledError:
        log.append("parent sees CancelledError")
        raise


async def main():
    global release
    release = asyncio.Event()
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("parent task cancelled")
    release.set()
    await asyncio.sleep(0.01)
    for line in log:
        print(line)


asyncio.run(main())
