# Exceptions are raised when the failing awaitable's turn comes; the loop
# can carry on with the rest.
import asyncio


async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"job {d} failed")
    return d


async def main():
    for fut in asyncio.as_completed([job(0.03), job(0.01, True), job(0.02)]):
        try:
            print("result", await fut)
        except ValueError as e:
            print("error", e)


asyncio.run(main())
