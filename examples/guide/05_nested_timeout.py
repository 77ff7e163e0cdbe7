import asyncio


async def stage(name: str, delay: float) -> None:
    await asyncio.sleep(delay)
    print(f"{name} done")


async def main() -> None:
    try:
        async with asyncio.timeout(0.25):           # deadline for the whole block
            async with asyncio.TaskGroup() as outer:
                outer.create_task(stage("ingest", 0.1))
                async with asyncio.TaskGroup() as inner:  # nested sub-phase
                    inner.create_task(stage("parse", 0.5))   # too slow
                    inner.create_task(stage("validate", 0.05))
    except TimeoutError:
        print("phase exceeded deadline; all tasks cancelled")


asyncio.run(main())
