# wait() over plain futures and a list with duplicates (sets come back).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_later(0.01, f1.set_result, 1)
    loop.call_later(0.02, f2.set_exception, ValueError(2))
    done, pending = await asyncio.wait([f1, f2, f1])
    print(len(done), len(pending), f1 in done, f2 in done)
    print(f1.result(), repr(f2.exception()))


asyncio.run(main())
