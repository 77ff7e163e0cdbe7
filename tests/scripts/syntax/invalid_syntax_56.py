async def f():
    await

