# cancel(msg): the message reaches the CancelledError seen inside the task,
# by the awaiter, by result() and by exception(), for tasks and futures.
import asyncio
async def sleeper():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("first reason")
    try:
        await t
    except asyncio.CancelledError as e:
        print("args:", e.args)
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("args:", e.args)
    f = asyncio.get_running_loop().create_future()
    f.cancel(msg="future msg")
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future:", e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception():", e.args)
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("why")
    await asyncio.sleep(0)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)
    async def catcher():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print("inside:", e.args)
            raise
    t = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t.cancel("inner message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)
asyncio.run(main())
