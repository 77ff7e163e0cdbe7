# except* inside coroutines: handlers may await, and errors from a
# TaskGroup are split across handlers.
import asyncio


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("a")))
            tg.create_task(fail(ValueError("b")))
            tg.create_task(fail(KeyError("c")))
    except* ValueError as eg:
        await asyncio.sleep(0)
        print("awaited in handler; values:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keys:", [str(e) for e in eg.exceptions])

    try:
        try:
            await fail(OSError("naked"))
        except* OSError as eg:
            print("naked from a coroutine:", repr(eg))
            await fail(RuntimeError("handler failed after await"))
    except Exception as e:
        # a naked exception was wrapped, so at most one clause ran; what it
        # raised comes out unwrapped
        print("escaped:", type(e).__name__, repr(e))
        print("context of new error:", repr(e.__context__))


asyncio.run(main())
