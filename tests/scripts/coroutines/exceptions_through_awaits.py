# Exceptions propagate through chains of awaits with one traceback entry per
# coroutine; StopIteration escaping a coroutine becomes RuntimeError,
# StopAsyncIteration does not.
import asyncio
import traceback


async def level3():
    await asyncio.sleep(0)
    raise LookupError("deep")


async def level2():
    return await level3()


async def level1():
    try:
        return await level2()
    finally:
        print("level1 finally")


async def raises_stopiteration():
    raise StopIteration("oops")


async def raises_stopasync():
    raise StopAsyncIteration("oops")


async def main():
    try:
        await level1()
    except LookupError as e:
        print("caught:", e)
        print("frames:", [f.name for f in traceback.extract_tb(e.__traceback__)])
    try:
        await raises_stopiteration()
    except RuntimeError as e:
        print("RuntimeError:", e, "cause:", repr(e.__cause__))
    try:
        await raises_stopasync()
    except StopAsyncIteration as e:
        print("StopAsyncIteration passes through a coroutine unchanged:", repr(e))


asyncio.run(main())
