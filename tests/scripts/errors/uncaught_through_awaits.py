# An exception escaping asyncio.run: one frame per awaiting coroutine.
import asyncio


async def parse_config(text):
    await asyncio.sleep(0)
    key, value = text.split("=")
    return {key: int(value)}


async def load():
    return await parse_config("port=eighty")


async def main():
    config = await load()
    print(config)


asyncio.run(main())
