# shield(): cancelling the outer future leaves the inner task running; a
# done future is returned as is; a shielded coroutine outlives its caller.
import asyncio
async def inner():
    await asyncio.sleep(0.1)
    print("inner finished")
    return "value"
async def main():
    t = asyncio.create_task(inner())
    outer = asyncio.shield(t)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", t.cancelled())
    print(await t)
    f = asyncio.get_running_loop().create_future()
    f.set_result(5)
    s = asyncio.shield(f)
    print(s is f)
    async def caller():
        return await asyncio.shield(inner())
    c = asyncio.create_task(caller())
    await asyncio.sleep(0.02)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller cancelled")
    await asyncio.sleep(0.2)
asyncio.run(main())
