# Waiting for a queue with a deadline.
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out")
    asyncio.get_running_loop().call_later(0.01, q.put_nowait, "arrived")
    async with asyncio.timeout(0.5):
        print(await q.get())
    full = asyncio.Queue(1)
    await full.put(1)
    try:
        async with asyncio.timeout(0.01):
            await full.put(2)
    except TimeoutError:
        print("put timed out; qsize:", full.qsize())


asyncio.run(main())
