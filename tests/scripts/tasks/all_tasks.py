# all_tasks() lists the unfinished tasks of the running loop.
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)


def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def main():
    print("only main:", names())
    a = asyncio.create_task(sleeper(0), name="a")
    b = asyncio.create_task(sleeper(10), name="b")
    print("created (not started yet):", names())
    await a
    print("a finished:", names())
    b.cancel()
    print("b cancel requested:", names())
    await asyncio.sleep(0)
    print("b cancelled:", names())
    print("type:", type(asyncio.all_tasks()).__name__)
    print("main in it:", asyncio.current_task() in asyncio.all_tasks())


asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("outside:", e)
