# gather of gathers; results nest, exceptions propagate through levels.
import asyncio


async def val(x, d=0):
    await asyncio.sleep(d)
    return x


async def boom(d):
    await asyncio.sleep(d)
    raise OSError("deep")


async def main():
    r = await asyncio.gather(asyncio.gather(val(1), val(2)), val(3), asyncio.gather(val(4), asyncio.gather(val(5))))
    print(r)
    r = await asyncio.gather(asyncio.gather(val(1), boom(0.01), return_exceptions=True), val(2))
    print(r)
    try:
        await asyncio.gather(asyncio.gather(val(1, 0.02), boom(0.01)), val(2))
    except OSError as e:
        print("propagated:", repr(e))


asyncio.run(main())
