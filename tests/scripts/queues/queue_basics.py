# Queue: FIFO order, qsize/empty/full, and the nowait variants.
import asyncio


async def main():
    q = asyncio.Queue()
    print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full(), "qsize:", q.qsize())
    for x in ("a", "b", "c"):
        await q.put(x)
    q.put_nowait("d")
    print("qsize:", q.qsize())
    print([await q.get() for _ in range(2)], q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty:", repr(e))
    small = asyncio.Queue(maxsize=2)
    small.put_nowait(1)
    small.put_nowait(2)
    print("full:", small.full())
    try:
        small.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull:", repr(e))
    print("maxsize 0 or negative means unbounded:", asyncio.Queue(0).full(), asyncio.Queue(-1).full())
    print(asyncio.QueueEmpty.__mro__[1].__name__, asyncio.QueueFull.__mro__[1].__name__)


asyncio.run(main())
