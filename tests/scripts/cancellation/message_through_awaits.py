# The cancel message reaches the innermost await and comes back out through
# every level; a task awaiting a cancelled task sees it too.
import asyncio

seen = []


async def level3():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        seen.append(("level3", e.args))
        raise


async def level2():
    try:
        await level3()
    except asyncio.CancelledError as e:
        seen.append(("level2", e.args))
        raise


async def watcher(t):
    try:
        await t
    except asyncio.CancelledError as e:
        seen.append(("watcher", e.args))
        raise


async def main():
    t = asyncio.create_task(level2())
    w = asyncio.create_task(watcher(t))
    await asyncio.sleep(0)
    t.cancel("deploy in progress")
    await asyncio.gather(t, w, return_exceptions=True)
    for s in seen:
        print(*s)
    print("watcher cancelled too:", w.cancelled())


asyncio.run(main())
