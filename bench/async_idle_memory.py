# Memory of idle tasks: N tasks (argv[1], default 100,000) blocked on one
# Event. scripts/bench runs it with N and with 0 and divides the difference
# in peak RSS by N.
import asyncio
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


async def idle(ev):
    await ev.wait()


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(idle(ev)) for _ in range(N)]
    await asyncio.sleep(0)  # every task starts and blocks on the event
    ev.set()
    await asyncio.gather(*tasks)
    print(len(tasks))


asyncio.run(main())
