# A task that swallows CancelledError keeps running and is not cancelled;
# its cancelling() count stays raised until uncancel().
import asyncio

log = []


async def stubborn():
    me = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(0.01)
            log.append(f"step {i} ok")
        except asyncio.CancelledError:
            log.append(f"step {i} swallowed a cancel; cancelling()={me.cancelling()}")
    return "finished normally"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0.015)
    t.cancel()
    print(await t)
    print("\n".join(log))
    print("cancelled():", t.cancelled(), "cancelling():", t.cancelling())


asyncio.run(main())
