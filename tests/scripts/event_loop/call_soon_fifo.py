# call_soon callbacks run in FIFO order, with their arguments, after the
# current step; callbacks scheduled by callbacks run on the next iteration.
import asyncio

trace = []


def cb(name, *args):
    trace.append((name,) + args)


def spawner(loop):
    trace.append("spawner")
    loop.call_soon(cb, "spawned")


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, "a", 1)
    loop.call_soon(cb, "b", 2, 3)
    loop.call_soon(spawner, loop)
    loop.call_soon(cb, "c")
    print("handle type:", type(h).__name__)
    trace.append("main before await")
    await asyncio.sleep(0)
    trace.append("main after first sleep(0)")
    await asyncio.sleep(0)
    trace.append("main after second sleep(0)")
    for t in trace:
        print(t)


asyncio.run(main())
