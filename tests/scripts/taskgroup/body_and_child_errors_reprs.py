# TaskGroup: a body error and child errors in one group, except* per type,
# a child raising CancelledError, a cancelled named child, and the reprs.
import asyncio
async def fail(exc):
    await asyncio.sleep(0)
    raise exc
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v")))
            tg.create_task(fail(TypeError("t")))
            raise KeyError("body")
    except* KeyError as eg:
        print("key:", repr(eg))
    except* (ValueError, TypeError) as eg:
        print("others:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(asyncio.CancelledError()))
    except BaseException as e:
        print("cancelled child:", type(e).__name__)
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(fail(ValueError("x")), name="named")
        t.cancel()
    print(t.cancelled(), t.get_name())
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
    print(repr(tg))
asyncio.run(main())
