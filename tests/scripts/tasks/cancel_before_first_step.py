# A task cancelled before its first step never runs its body, and its
# coroutine is closed without a "never awaited" warning.
import asyncio
import gc

started = []


async def body():
    started.append(True)
    await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(body())
    t.cancel("before start")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)
    print("body started:", started)
    print("coroutine state:", t.get_coro().cr_frame)
    del t
    gc.collect()


asyncio.run(main())
print("no warnings")
