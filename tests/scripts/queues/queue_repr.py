# repr/str of queues (addresses masked).
import asyncio
import re


def masked(text):
    # object addresses differ from run to run
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", str(text))


async def main():
    q = asyncio.Queue(maxsize=3)
    print(masked(repr(q)))
    print(str(q))
    q.put_nowait(1)
    print(str(q))
    getter = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    getter.cancel()
    e = asyncio.Queue()
    t = asyncio.create_task(e.get())
    await asyncio.sleep(0)
    print(str(e))
    t.cancel()
    await asyncio.gather(t, getter, return_exceptions=True)
    print(str(asyncio.PriorityQueue()), str(asyncio.LifoQueue()))
    print(type(q).__name__, asyncio.Queue.__module__)


asyncio.run(main())
