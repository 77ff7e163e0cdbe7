# A health checker probing services concurrently each round, with a
# per-probe timeout; a service is marked down after two failed rounds in a
# row and up again after one success.
import asyncio

# per-service behaviour for each round: "ok" answers at once, "hang"
# never answers (so it always hits the timeout), "error" refuses
PLAN = {
    "auth": ["ok", "ok", "ok", "ok"],
    "db": ["ok", "hang", "hang", "ok"],
    "search": ["error", "ok", "error", "error"],
    "cache": ["hang", "ok", "ok", "ok"],
}
TIMEOUT = 0.02


async def probe(name, rnd):
    step = PLAN[name][rnd]
    if step == "error":
        await asyncio.sleep(0)
        raise ConnectionRefusedError(f"{name} refused")
    await asyncio.sleep(10 if step == "hang" else 0)
    return "ok"


class Monitor:
    def __init__(self, names):
        self.failures = {n: 0 for n in names}
        self.status = {n: "up" for n in names}
        self.events = []

    async def check(self, name, rnd):
        try:
            async with asyncio.timeout(TIMEOUT):
                await probe(name, rnd)
        except TimeoutError:
            return name, "timeout"
        except OSError as e:
            return name, f"error ({e})"
        return name, "ok"

    async def round(self, rnd):
        results = await asyncio.gather(*(self.check(n, rnd) for n in sorted(self.status)))
        for name, outcome in results:
            if outcome == "ok":
                self.failures[name] = 0
                if self.status[name] == "down":
                    self.status[name] = "up"
                    self.events.append(f"round {rnd}: {name} is back up")
            else:
                self.failures[name] += 1
                if self.failures[name] == 2 and self.status[name] == "up":
                    self.status[name] = "down"
                    self.events.append(f"round {rnd}: {name} is DOWN ({outcome})")
        return results


async def main():
    mon = Monitor(PLAN)
    for rnd in range(4):
        results = await mon.round(rnd)
        line = ", ".join(f"{n}={o.split(' ')[0]}" for n, o in results)
        print(f"round {rnd}: {line}")
        print(f"         status: {mon.status}")
    print("events:")
    for e in mon.events:
        print(" ", e)
    leftover = len(asyncio.all_tasks()) - 1
    print("tasks left after the checks:", leftover)


asyncio.run(main())
