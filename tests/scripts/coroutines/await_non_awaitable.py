# await on objects that are not awaitable.
import asyncio


class Plain:
    pass


def regular():
    return 1


async def main():
    for value in (1, None, "text", [1], Plain(), regular, 3.5):
        try:
            await value
        except TypeError as e:
            print(f"{type(value).__name__}: {e}")
    try:
        await regular()
    except TypeError as e:
        print("result of a plain call:", e)
    try:
        await asyncio.sleep
    except TypeError as e:
        print("function object:", e)


asyncio.run(main())
