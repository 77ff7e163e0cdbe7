# reschedule() moves the deadline; None disables it; rescheduling is only
# allowed while the timeout is active.
import asyncio
import re


def shape(cm):
    return re.sub(r"when=[0-9.]+", "when=T", repr(cm))


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(10)
    print(shape(cm))
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("before entering:", e)
    async with cm:
        print(shape(cm))
        cm.reschedule(None)
        print("disabled:", cm.when(), shape(cm))
        await asyncio.sleep(0.02)
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0.01)
    print(shape(cm), "expired:", cm.expired())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("after exit:", e)

    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("shortened deadline fired;", shape(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("after expiry:", e)

    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 1)
            print("reschedule into the past; expired yet:", cm.expired())
            await asyncio.sleep(0)
    except TimeoutError:
        print("fires on the next iteration")


asyncio.run(main())
