# The same traceback shape through asyncio.Runner.
import asyncio


async def step(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ArithmeticError(f"step {n} failed")
    return n


with asyncio.Runner() as runner:
    for n in range(3):
        print(runner.run(step(n)))
