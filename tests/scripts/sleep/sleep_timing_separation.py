# Sleeps with 10 ms separation finish in order regardless of start order,
# and a sleep started later with a shorter delay overtakes.
import asyncio

done = []


async def timed(name, delay, start_after=0):
    if start_after:
        await asyncio.sleep(start_after)
    await asyncio.sleep(delay)
    done.append(name)


async def main():
    await asyncio.gather(
        timed("A 40ms", 0.04),
        timed("B 10ms after 10ms", 0.01, 0.01),
        timed("C 50ms", 0.05),
        timed("D 30ms", 0.03),
    )
    print(done)


asyncio.run(main())
