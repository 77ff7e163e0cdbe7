# gather() returns results in the order of its arguments, not of completion.
import asyncio

finished = []


async def job(name, delay):
    await asyncio.sleep(delay)
    finished.append(name)
    return name.upper()


async def main():
    results = await asyncio.gather(job("slow", 0.03), job("fast", 0.01), job("mid", 0.02))
    print("results:", results)
    print("completion order:", finished)
    print("type:", type(results).__name__)
    print("empty gather:", await asyncio.gather())
    print("same coroutine object twice:")
    c = job("dup", 0)
    print(await asyncio.gather(c, c))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "future")
    print(await asyncio.gather(f, job("coro", 0), asyncio.sleep(0, "sleep")))


asyncio.run(main())
