# call_later/call_at run in deadline order; handles can be cancelled;
# TimerHandle.when() is the absolute loop time.
import asyncio

trace = []


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.03, trace.append, "later 30ms")
    loop.call_later(0.01, trace.append, "later 10ms")
    h = loop.call_later(0.02, trace.append, "later 20ms (cancelled)")
    loop.call_at(start + 0.015, trace.append, "at +15ms")
    loop.call_later(0, trace.append, "later 0")
    loop.call_soon(trace.append, "soon")
    loop.call_later(-1, trace.append, "later negative")
    th = loop.call_later(0.05, trace.append, "x")
    print("when() is absolute:", th.when() >= start + 0.05)
    print("type:", type(th).__name__)
    th.cancel()
    print("cancelled():", th.cancelled(), h.cancelled())
    h.cancel()
    h.cancel()
    await asyncio.sleep(0.05)
    for t in trace:
        print(t)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
