# A 200,000-message ping-pong through two asyncio.Queues: every message
# suspends one task and wakes the other.
import asyncio

ROUNDS = 100_000  # a ping and a pong each: 200,000 messages


async def pinger(to_ponger, to_pinger):
    total = 0
    for i in range(ROUNDS):
        await to_ponger.put(i)
        total += await to_pinger.get()
    await to_ponger.put(None)
    return total


async def ponger(to_ponger, to_pinger):
    while True:
        msg = await to_ponger.get()
        if msg is None:
            return
        await to_pinger.put(msg + 1)


async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    total, _ = await asyncio.gather(pinger(a, b), ponger(a, b))
    print(total)


asyncio.run(main())
