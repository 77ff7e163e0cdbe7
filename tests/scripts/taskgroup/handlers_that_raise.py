# except* handlers around a TaskGroup that raise: their errors are merged
# with the unhandled members.
import asyncio


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def main():
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(ValueError("v")))
                tg.create_task(fail(KeyError("k")))
                tg.create_task(fail(OSError("o")))
        except* ValueError:
            raise RuntimeError("handler for ValueError failed")
        except* KeyError:
            print("KeyError handled")
    except ExceptionGroup as eg:
        print(repr(eg))
        rt = eg.exceptions[0]
        print("handler error context:", repr(rt.__context__))


asyncio.run(main())
