# Already finished futures come out first, in an unspecified order among
# themselves; here only one is done so the order is fixed.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("was done")
    later = asyncio.create_task(asyncio.sleep(0.01, "later"))
    print([await aw for aw in asyncio.as_completed([later, done])])


asyncio.run(main())
