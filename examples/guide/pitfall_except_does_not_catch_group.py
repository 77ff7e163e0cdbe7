# A plain `except ValueError` does not catch a TaskGroup failure: the error
# arrives wrapped in an ExceptionGroup. except* or eg.exceptions unwrap it.
import asyncio


async def bad():
    await asyncio.sleep(0)
    raise ValueError("bad input")


async def group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad())


async def main():
    try:
        try:
            await group()
        except ValueError:
            print("plain except caught it (wrong)")
    except Exception as e:
        print("plain except ValueError missed:", type(e).__name__, e)
        print("isinstance(e, ValueError):", isinstance(e, ValueError))
        print("unwrapped:", [repr(x) for x in e.exceptions])

    try:
        await group()
    except* ValueError as eg:
        print("except* caught:", repr(eg))


asyncio.run(main())
