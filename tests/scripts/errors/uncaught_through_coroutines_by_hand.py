# The frames of coroutines awaiting each other, driven by send() without
# an event loop: each await is a traceback entry (with its markers), and a
# chain of cause and context through coroutines prints as usual.
import types


@types.coroutine
def pause():
    yield


async def parse_config(text):
    key, value = text.split("=")
    await pause()
    return {key: int(value)}


async def load():
    return await parse_config("port=eighty")


class FetchError(Exception):
    pass


async def fetch(url):
    await pause()
    raise ConnectionRefusedError(111, "Connection refused")


async def fetch_with_context(url):
    try:
        return await fetch(url)
    except ConnectionRefusedError as e:
        raise FetchError(f"could not fetch {url}") from e


async def main():
    try:
        await load()
    except ValueError as e:
        print("caught:", e)
    try:
        await fetch_with_context("http://example.invalid/")
    except FetchError:
        log = None
        log.write("save failed")


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value


run(main())
