# An error raised while handling another inside a coroutine prints both.
import asyncio


async def save(record):
    await asyncio.sleep(0)
    raise OSError("disk full")


async def main():
    try:
        await save({"a": 1})
    except OSError:
        await asyncio.sleep(0)
        log = None
        log.write("save failed")


asyncio.run(main())
