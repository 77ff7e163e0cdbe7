import asyncio


async def flaky(name: str, exc: Exception) -> None:
    await asyncio.sleep(0.05)
    raise exc


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(flaky("a", ValueError("bad value")))
            tg.create_task(flaky("b", KeyError("missing")))
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("key errors:", [str(e) for e in eg.exceptions])


asyncio.run(main())
