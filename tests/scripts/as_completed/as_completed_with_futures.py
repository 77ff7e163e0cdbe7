# as_completed accepts futures and tasks; duplicates are collapsed; it does
# not return the original objects.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(asyncio.sleep(0.01, "task"))
    # the future completes only after the task did
    t.add_done_callback(lambda _: loop.call_soon(f.set_result, "future"))
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
