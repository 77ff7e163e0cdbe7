# Each unretrieved failure is logged separately, with its own traceback;
# cancelled tasks are never logged.
import asyncio
import gc


async def parse(text):
    return int(text)


async def lookup(key):
    await asyncio.sleep(0)
    return {}[key]


async def forever():
    await asyncio.sleep(1)


async def main():
    t1 = asyncio.create_task(parse("x1"))
    await asyncio.sleep(0.01)
    del t1; gc.collect()
    t2 = asyncio.create_task(lookup("missing"))
    await asyncio.sleep(0.01)
    del t2; gc.collect()
    t3 = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t3.cancel()
    await asyncio.sleep(0)
    del t3; gc.collect()
    print("three tasks gone")


asyncio.run(main())
