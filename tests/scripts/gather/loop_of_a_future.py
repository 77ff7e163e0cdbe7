# asyncio.futures._get_loop (used by gather, wait and ensure_future) asks
# a future for its loop: a subclass's get_loop is honoured, an
# uninitialised Future raises, and a duck-typed future may have only _loop.
import asyncio
from asyncio import futures


class Custom(asyncio.Future):
    def get_loop(self):
        return "from get_loop"


class OnlyLoopAttribute:
    _loop = "from _loop"


async def main():
    loop = asyncio.get_running_loop()
    print(futures._get_loop(loop.create_future()) is loop)
    print(futures._get_loop(asyncio.ensure_future(asyncio.sleep(0))) is loop)
    print(futures._get_loop(Custom()))
    print(futures._get_loop(OnlyLoopAttribute()))
    bare = asyncio.Future.__new__(asyncio.Future)
    try:
        futures._get_loop(bare)
    except RuntimeError as e:
        print("RuntimeError:", e)
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(other.create_future(), loop=loop)
    except ValueError as e:
        print("ValueError:", e)
    finally:
        other.close()
    print(await asyncio.gather(asyncio.sleep(0, "a"), asyncio.sleep(0, "b")))


asyncio.run(main())
