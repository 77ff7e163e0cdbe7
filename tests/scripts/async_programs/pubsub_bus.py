# An in-process publish/subscribe bus: subscribers get their own queue,
# topics support a trailing wildcard, and unsubscribing ends the
# subscriber's async iterator.
import asyncio
from contextlib import asynccontextmanager

CLOSED = object()


class Bus:
    def __init__(self):
        self.subs = []

    def publish(self, topic, payload):
        delivered = 0
        for pattern, q in self.subs:
            if pattern == topic or (pattern.endswith("*") and topic.startswith(pattern[:-1])):
                q.put_nowait((topic, payload))
                delivered += 1
        return delivered

    @asynccontextmanager
    async def subscribe(self, pattern):
        q = asyncio.Queue()
        entry = (pattern, q)
        self.subs.append(entry)

        async def messages():
            while True:
                item = await q.get()
                if item is CLOSED:
                    return
                yield item

        try:
            yield messages()
        finally:
            self.subs.remove(entry)

    def close(self):
        for _, q in self.subs:
            q.put_nowait(CLOSED)


async def subscriber(bus, name, pattern, log, ready, limit=None):
    async with bus.subscribe(pattern) as stream:
        ready.release()
        n = 0
        async for topic, payload in stream:
            log.append(f"{name} <- {topic}: {payload}")
            n += 1
            if limit and n == limit:
                log.append(f"{name} leaves after {n}")
                break
    return n


async def main():
    bus = Bus()
    log = []
    ready = asyncio.Semaphore(0)
    subs = [
        ("billing", "orders.created", None),
        ("audit", "orders.*", None),
        ("mailer", "users.*", 1),
    ]
    tasks = [asyncio.create_task(subscriber(bus, n, p, log, ready, lim)) for n, p, lim in subs]
    for _ in subs:
        await ready.acquire()
    events = [
        ("orders.created", {"id": 1}),
        ("users.signup", "ann"),
        ("orders.shipped", {"id": 1}),
        ("users.signup", "bob"),
        ("metrics.tick", 1),
    ]
    for topic, payload in events:
        n = bus.publish(topic, payload)
        log.append(f"published {topic} to {n}")
        await asyncio.sleep(0)
    bus.close()
    counts = await asyncio.gather(*tasks)
    for line in log:
        print(line)
    print("received:", dict(zip((n for n, _, _ in subs), counts)))
    print("subscriptions left:", len(bus.subs))


asyncio.run(main())
