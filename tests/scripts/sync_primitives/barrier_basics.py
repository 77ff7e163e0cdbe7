# Barrier: parties wait until all have arrived; wait() returns a distinct
# index to each; the barrier is reusable.
import asyncio

log = []


async def party(name, barrier, delay):
    await asyncio.sleep(delay)
    log.append(f"{name} arrives (n_waiting={barrier.n_waiting})")
    idx = await barrier.wait()
    log.append(f"{name} passes with index {idx}")
    return idx


async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "broken:", barrier.broken)
    idx = await asyncio.gather(party("a", barrier, 0.01), party("b", barrier, 0.02), party("c", barrier, 0.03))
    for line in log:
        print(line)
    print("indices:", sorted(idx))
    log.clear()
    idx = await asyncio.gather(party("x", barrier, 0.01), party("y", barrier, 0), party("z", barrier, 0.02))
    print("second round indices:", sorted(idx), "n_waiting:", barrier.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
