# An uncaught TimeoutError from wait_for.
import asyncio


async def never_answers():
    await asyncio.Event().wait()


async def main():
    await asyncio.wait_for(never_answers(), timeout=0.01)


asyncio.run(main())
