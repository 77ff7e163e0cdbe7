# shield() passes results and exceptions through; shielding a done future
# returns it directly.
import asyncio


async def ok():
    await asyncio.sleep(0)
    return "ok"


async def bad():
    await asyncio.sleep(0)
    raise LookupError("bad")


async def main():
    print(await asyncio.shield(ok()))
    try:
        await asyncio.shield(bad())
    except LookupError as e:
        print("exception passed through:", repr(e))
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    print("done future returned as is:", asyncio.shield(f) is f)
    t = asyncio.ensure_future(ok())
    s = asyncio.shield(t)
    print("wrapper is a different future:", s is not t, type(s).__name__)
    print(await s)


asyncio.run(main())
