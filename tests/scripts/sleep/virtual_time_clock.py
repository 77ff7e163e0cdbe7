# skein: options=--virtual-time
# Under skein's --virtual-time the loop's clock jumps to the next timer and
# time.sleep jumps the clocks, so this runs at once there; CPython really
# waits (about 1.6 seconds). What the program sees of time is the same.
import asyncio
import time


async def ticker(name, period, n, log):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(n):
        await asyncio.sleep(period)
        log.append((round(loop.time() - start, 1), name, i))


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ticker("fast", 0.2, 4, log))
        tg.create_task(ticker("slow", 0.3, 3, log))
    for entry in sorted(log):
        print(entry)
    try:
        async with asyncio.timeout(0.25):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timed out after the deadline, not after 10 s")
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.1
    print(await asyncio.wait_for(asyncio.sleep(0.05, "in time"), 1))
    print("before the deadline:", loop.time() < deadline)


t0 = time.monotonic()
w0 = time.time()
time.sleep(0.5)
print("slept:", round(time.monotonic() - t0, 1), round(time.time() - w0, 1))
asyncio.run(main())
spin = time.monotonic()
while time.monotonic() - spin < 0.01:
    pass  # a loop polling the clock ends on a virtual clock too
print("total:", round(time.monotonic() - t0, 1))
