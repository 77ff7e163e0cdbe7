# sleep(0) gives up control for exactly one loop iteration; a positive
# sleep waits for its timer even when others are ready.
import asyncio

counter = 0


async def spinner(stop):
    global counter
    while not stop.is_set():
        counter += 1
        await asyncio.sleep(0)


async def main():
    stop = asyncio.Event()
    t = asyncio.create_task(spinner(stop))
    await asyncio.sleep(0)
    print("after 1 sleep(0):", counter)
    for _ in range(5):
        await asyncio.sleep(0)
    print("after 6 sleep(0):", counter)
    stop.set()
    await t
    print("spinner stopped at:", counter)


asyncio.run(main())
