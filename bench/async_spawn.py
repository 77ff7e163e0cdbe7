# Spawning 100,000 tasks in a TaskGroup, each awaiting asyncio.sleep(0):
# task creation, scheduling and the TaskGroup's completion bookkeeping.
import asyncio

N = 100_000


async def child(i, done):
    await asyncio.sleep(0)
    done[0] += 1
    # a checksum of the order the children finish in: scheduling must be
    # CPython's FIFO order for the output to match
    done[1] = (done[1] * 31 + i) % 1_000_000_007


async def main():
    done = [0, 0]
    async with asyncio.TaskGroup() as tg:
        for i in range(N):
            tg.create_task(child(i, done))
    print(done[0], done[1])


asyncio.run(main())
