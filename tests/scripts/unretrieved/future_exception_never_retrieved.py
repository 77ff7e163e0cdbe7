# The same check exists for plain futures.
import asyncio
import gc


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(RuntimeError("future failure"))
    del f
    gc.collect()
    g = loop.create_future()
    g.set_exception(RuntimeError("retrieved"))
    g.exception()
    del g
    gc.collect()
    print("done")


asyncio.run(main())
