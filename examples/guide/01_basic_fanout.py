import asyncio


async def fetch(name: str, delay: float) -> None:
    await asyncio.sleep(delay)
    print(f"fetched {name}")


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("users", 0.2))
        tg.create_task(fetch("orders", 0.1))
        tg.create_task(fetch("inventory", 0.3))
    # Control reaches here only after ALL three complete.
    print("all done")


asyncio.run(main())
