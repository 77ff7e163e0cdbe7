# Semaphore(2): at most two holders at a time; waiters are served FIFO.
import asyncio

active = 0
peak = 0
log = []


async def worker(name, sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append(f"{name} start (active={active})")
        await asyncio.sleep(0.01)
        active -= 1
        log.append(f"{name} end")


async def main():
    sem = asyncio.Semaphore(2)
    print("locked:", sem.locked())
    await asyncio.gather(*(worker(f"w{i}", sem) for i in range(5)))
    for line in log:
        print(line)
    print("peak:", peak)
    print("locked at the end:", sem.locked())


asyncio.run(main())
