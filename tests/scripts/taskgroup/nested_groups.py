# A failing inner group's ExceptionGroup becomes a member of the outer
# group's ExceptionGroup; the outer siblings are cancelled.
import asyncio

log = []


async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc


async def outer_sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("outer sibling cancelled")
        raise


async def inner_phase():
    async with asyncio.TaskGroup() as inner:
        inner.create_task(fail(ValueError("in1"), 0.01))
        inner.create_task(fail(TypeError("in2"), 0.01))


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_phase())
            outer.create_task(outer_sibling())
    except ExceptionGroup as eg:
        print(repr(eg))
        print("leaves:", [type(e).__name__ for e in eg.exceptions[0].exceptions])
    print(log)
    try:
        async with asyncio.TaskGroup() as outer:
            async with asyncio.TaskGroup() as inner:
                inner.create_task(fail(KeyError("direct"), 0))
    except* KeyError as eg:
        print("except* reaches through both levels:", repr(eg))


asyncio.run(main())
