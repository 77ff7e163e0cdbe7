# A cache with "single flight": concurrent requests for the same missing
# key share one backend fetch (a shared Future); failures are not cached;
# entries expire after a time-to-live.
import asyncio


class Backend:
    def __init__(self):
        self.calls = []

    async def load(self, key):
        self.calls.append(key)
        await asyncio.sleep(0.01)
        if key.startswith("bad"):
            raise KeyError(key)
        return key.upper()


class FakeClock:
    # expiry is tested with a clock the test moves by hand
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


class Cache:
    def __init__(self, backend, ttl, clock):
        self.backend = backend
        self.ttl = ttl
        self.clock = clock
        self.values = {}
        self.inflight = {}

    async def get(self, key):
        loop = asyncio.get_running_loop()
        hit = self.values.get(key)
        if hit and hit[1] > self.clock():
            return hit[0], "hit"
        fut = self.inflight.get(key)
        if fut is not None:
            return await asyncio.shield(fut), "joined"
        fut = loop.create_future()
        self.inflight[key] = fut
        try:
            value = await self.backend.load(key)
        except Exception as e:
            fut.set_exception(e)
            fut.exception()  # the leader reports it; followers re-raise it
            raise
        else:
            fut.set_result(value)
            self.values[key] = (value, self.clock() + self.ttl)
            return value, "miss"
        finally:
            del self.inflight[key]


async def main():
    backend = Backend()
    clock = FakeClock()
    cache = Cache(backend, ttl=30, clock=clock)

    async def ask(key):
        try:
            value, how = await cache.get(key)
            return f"{key}: {value} ({how})"
        except KeyError as e:
            return f"{key}: error {e}"

    print(await asyncio.gather(ask("alpha"), ask("alpha"), ask("beta"), ask("alpha")))
    print(await asyncio.gather(ask("alpha"), ask("beta")))
    print(await asyncio.gather(ask("bad1"), ask("bad1")))
    print(await ask("bad1"))
    clock.now += 20
    print(await ask("alpha"))
    clock.now += 20
    print(await ask("alpha"))
    print("backend calls:", backend.calls)


asyncio.run(main())
