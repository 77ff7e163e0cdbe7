# cancelling() counts pending cancel requests; uncancel() decrements it.
import asyncio


async def patient(log):
    for round in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            log.append(f"round {round}: cancelling={me.cancelling()}")
            left = me.uncancel()
            log.append(f"  uncancel -> {left}")
    return "survived"


async def main():
    log = []
    t = asyncio.create_task(patient(log))
    await asyncio.sleep(0)
    print("before:", t.cancelling())
    t.cancel()
    print("after one cancel:", t.cancelling())
    t.cancel()
    print("after two cancels (each call counts):", t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("result:", await t)
    for line in log:
        print(line)
    print("uncancel on the finished task:", t.uncancel(), t.uncancel())

    async def never_uncancels():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            pass
        return asyncio.current_task().cancelling()

    t = asyncio.create_task(never_uncancels())
    await asyncio.sleep(0)
    t.cancel()
    print("swallowed without uncancel, cancelling() still:", await t, "cancelled():", t.cancelled())


asyncio.run(main())
