# as_completed accepts futures and tasks; duplicates are collapsed; it does
# not return the original objects.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(asyncio.sleep(0.01, "task"))
    loop.call_later(0.02, f.set_result, "future")
    seen = []
    for aw in asyncio.as_completed([f, t, t]):
        seen.append((aw is f or aw is t, await aw))
    print(seen)
    try:
        for aw in asyncio.as_completed(t):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
