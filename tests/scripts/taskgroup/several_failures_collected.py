# Children failing in the same iteration are all collected, in the order
# they finished; children failing later are cancelled instead.
import asyncio


async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("k"), 0))
            tg.create_task(fail(ValueError("v"), 0))
            tg.create_task(fail(OSError("o"), 0))
            late = tg.create_task(fail(TypeError("never raised"), 0.5))
    except ExceptionGroup as eg:
        print(repr(eg))
    print("late cancelled:", late.cancelled())

    async def raise_on_cancel():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            raise RuntimeError("raised while being cancelled")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("first"), 0.01))
            tg.create_task(raise_on_cancel())
    except ExceptionGroup as eg:
        print(repr(eg))
        print("context of the second:", repr(eg.exceptions[1].__context__))


asyncio.run(main())
