# A coroutine object dropped without being awaited triggers a
# RuntimeWarning when it is destroyed. The warning names the line running at
# that moment, so each drop is followed by gc.collect() on the same line.
import asyncio
import gc


async def save(record):
    print("saving", record)


async def main():
    save("forgotten"); gc.collect()
    await asyncio.sleep(0)
    print("main continues")
    c = save("dropped later")
    del c; gc.collect()
    await save("awaited")


asyncio.run(main())
