# timeout_at() with an absolute deadline, when()/reschedule()/expired(), a
# deadline pushed later, a deadline in the past, and entering a Timeout twice.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            print(cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), e.__cause__.__class__.__name__, cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        cm.reschedule(loop.time() + 10)
        print(cm.when() is not None)
        cm.reschedule(None)
    print(cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            cm.reschedule(loop.time() + 0.2)
            await asyncio.sleep(0.05)
            print("still alive")
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out later", cm.expired())
    try:
        async with asyncio.timeout(-1):
            print("negative, body runs")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("negative timed out")
    t = asyncio.timeout(1)
    try:
        async with t:
            async with t:
                pass
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
