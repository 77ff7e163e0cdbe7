# Sleeps with 30 ms separation finish in deadline order regardless of start
# order, and a sleep started later with a shorter delay overtakes.
import asyncio

done = []


async def timed(name, delay, start_later=False):
    if start_later:
        await asyncio.sleep(0)
    await asyncio.sleep(delay)
    done.append(name)


async def main():
    await asyncio.gather(
        timed("A 90ms", 0.09),
        timed("B 10ms, started one iteration later", 0.01, True),
        timed("C 120ms", 0.12),
        timed("D 60ms", 0.06),
    )
    print(done)


asyncio.run(main())
