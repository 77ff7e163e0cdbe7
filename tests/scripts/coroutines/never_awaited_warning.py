# A coroutine object dropped without being awaited triggers a
# RuntimeWarning when it is destroyed.
import asyncio
import gc


async def save(record):
    print("saving", record)


async def main():
    save("forgotten")
    await asyncio.sleep(0)
    print("main continues")
    c = save("dropped later")
    del c
    gc.collect()
    await save("awaited")


asyncio.run(main())
