# Calling .result() inside the async with block raises InvalidStateError;
# after the block every task is done and result() works.
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * x


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(compute(i)) for i in range(3)]
        try:
            tasks[0].result()
        except asyncio.InvalidStateError as e:
            print("inside the block:", type(e).__name__, e)
        print("done inside:", [t.done() for t in tasks])
    print("done after:", [t.done() for t in tasks])
    print("results after:", [t.result() for t in tasks])
    print("InvalidStateError is asyncio.exceptions.InvalidStateError:",
          asyncio.InvalidStateError is asyncio.exceptions.InvalidStateError)


asyncio.run(main())
