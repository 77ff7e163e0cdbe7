# Explicit and implicit chaining inside coroutines.
import asyncio


class FetchError(Exception):
    pass


async def fetch(url):
    await asyncio.sleep(0)
    raise ConnectionRefusedError(111, "Connection refused")


async def fetch_with_context(url):
    try:
        return await fetch(url)
    except OSError as e:
        raise FetchError(f"could not fetch {url}") from e


async def main():
    try:
        await fetch_with_context("http://example.invalid/")
    except FetchError:
        await asyncio.sleep(0)
        raise RuntimeError("giving up on the crawl")


asyncio.run(main())
