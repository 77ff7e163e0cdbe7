# Cancelling the task that awaits gather() cancels the gather and so all
# its children.
import asyncio

log = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(child("c1"), child("c2"))
    except asyncio.CancelledError:
        log.append("parent cancelled")
        raise


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw parent cancelled")
    print(log)


asyncio.run(main())
