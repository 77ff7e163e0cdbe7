# The group's message and its count of sub-exceptions.
import asyncio


async def fail(i, d=0):
    await asyncio.sleep(d)
    raise ValueError(i)


async def run(n):
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(n):
                tg.create_task(fail(i))
    except ExceptionGroup as eg:
        print(str(eg))
        print(repr(eg))
        print("message:", repr(eg.message), "type:", type(eg).__name__)
        print("cause:", eg.__cause__, "suppress_context:", eg.__suppress_context__)


async def main():
    await run(1)
    await run(3)


asyncio.run(main())
