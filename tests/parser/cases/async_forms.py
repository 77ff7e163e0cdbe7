async def f():
    await x
    await x.y()
    x = await y
    async for a in b:
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b, c as d):
        pass
    return [x async for x in y if await x]

@dec
async def g(a, *, b=await_):
    result = await (await x)
    return {k: await v async for k, v in items}

async def h():
    async for x, y in z: yield x
    await asyncio.sleep(0)
    x = [await y for y in z]
    x = (await y async for y in z)
