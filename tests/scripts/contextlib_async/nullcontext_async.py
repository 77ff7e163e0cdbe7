# nullcontext works with async with too.
import asyncio
from contextlib import nullcontext


async def main():
    async with nullcontext("value") as v:
        print(v)
    async with nullcontext() as v:
        print(v)
    try:
        async with nullcontext():
            raise ValueError("not suppressed")
    except ValueError as e:
        print("propagated", e)


asyncio.run(main())
