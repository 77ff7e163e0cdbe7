# except* dispatches by member type: each clause runs once with the subgroup
# of matching members; unmatched members propagate further.
import asyncio


async def fail_with(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def body():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail_with(ValueError("v1"), 0.01))
        tg.create_task(fail_with(KeyError("k1"), 0.01))
        tg.create_task(fail_with(ValueError("v2"), 0.01))
        tg.create_task(fail_with(OSError("o1"), 0.01))


async def main():
    try:
        try:
            await body()
        except* ValueError as eg:
            print("ValueError clause:", repr(eg))
        except* KeyError as eg:
            print("KeyError clause:", repr(eg))
    except ExceptionGroup as rest:
        print("left over:", repr(rest))


asyncio.run(main())
