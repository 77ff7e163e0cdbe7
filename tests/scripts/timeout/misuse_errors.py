# Timeout objects are single-use and need a task.
import asyncio


async def main():
    cm = asyncio.timeout(1)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("reuse:", e)
    cm2 = asyncio.timeout(1)
    async with cm2:
        try:
            async with cm2:
                pass
        except RuntimeError as e:
            print("re-enter while active:", e)


asyncio.run(main())

try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("outside a loop:", e)

loop = asyncio.new_event_loop()


def in_callback():
    cm = asyncio.timeout(1)
    coro = cm.__aenter__()
    try:
        coro.send(None)
    except RuntimeError as e:
        print("outside a task:", e)
    loop.stop()


loop.call_soon(in_callback)
loop.run_forever()
loop.close()
print("asyncio.Timeout exported:", asyncio.Timeout.__name__)
