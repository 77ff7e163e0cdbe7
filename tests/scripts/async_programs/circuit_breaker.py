# A circuit breaker: after three consecutive failures it opens and rejects
# calls at once; after a cool-down it lets one trial call through
# (half-open) and closes again if that succeeds.
import asyncio


class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold, cooldown):
        self.threshold = threshold
        self.cooldown = cooldown
        self.failures = 0
        self.state = "closed"
        self.opened_at = None
        self.transitions = []

    def _to(self, state):
        self.transitions.append(f"{self.state} -> {state}")
        self.state = state

    async def call(self, fn):
        loop = asyncio.get_running_loop()
        if self.state == "open":
            if loop.time() - self.opened_at < self.cooldown:
                raise CircuitOpen("circuit open")
            self._to("half-open")
        try:
            result = await fn()
        except Exception:
            self.failures += 1
            if self.state == "half-open" or self.failures >= self.threshold:
                self._to("open")
                self.opened_at = loop.time()
            raise
        self.failures = 0
        if self.state == "half-open":
            self._to("closed")
        return result


class Backend:
    def __init__(self):
        self.healthy = True

    async def request(self):
        await asyncio.sleep(0)
        if not self.healthy:
            raise ConnectionError("backend down")
        return "200 OK"


async def main():
    backend = Backend()
    breaker = Breaker(threshold=3, cooldown=0.03)

    async def attempt(label):
        try:
            r = await breaker.call(backend.request)
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(f"{label:28} [{breaker.state}] {r}")

    await attempt("healthy")
    backend.healthy = False
    for i in range(4):
        await attempt(f"failing call {i + 1}")
    await asyncio.sleep(0.04)
    await attempt("trial while still down")
    await attempt("right after reopening")
    backend.healthy = True
    await asyncio.sleep(0.04)
    await attempt("trial after recovery")
    await attempt("normal again")
    print("transitions:", breaker.transitions)


asyncio.run(main())
