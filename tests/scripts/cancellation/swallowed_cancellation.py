# A task that swallows CancelledError keeps running and is not cancelled;
# its cancelling() count stays raised until uncancel().
import asyncio

log = []


async def stubborn(steps_done):
    me = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(0.01)
            log.append(f"step {i} ok")
        except asyncio.CancelledError:
            log.append(f"step {i} swallowed a cancel; cancelling()={me.cancelling()}")
        steps_done[i].set()
    return "finished normally"


async def main():
    steps_done = [asyncio.Event() for _ in range(3)]
    t = asyncio.create_task(stubborn(steps_done))
    await asyncio.sleep(0)
    t.cancel()                    # lands in step 0
    await steps_done[1].wait()    # step 1 runs undisturbed
    t.cancel()                    # lands in step 2
    print(await t)
    print("\n".join(log))
    print("cancelled():", t.cancelled(), "cancelling():", t.cancelling())


asyncio.run(main())
