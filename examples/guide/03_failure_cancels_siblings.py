import asyncio


async def worker(name: str, delay: float, fail: bool) -> None:
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise  # always re-raise CancelledError


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("fast-fail", 0.1, fail=True))
        tg.create_task(worker("slow", 1.0, fail=False))  # will be cancelled


asyncio.run(main())
