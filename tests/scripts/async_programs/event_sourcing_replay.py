# Event sourcing: an async generator streams events from a fake store page
# by page; projections consume the stream; a snapshot lets a second replay
# start part way through.
import asyncio

EVENTS = [
    ("opened", "acc-1", 0),
    ("deposited", "acc-1", 100),
    ("opened", "acc-2", 0),
    ("withdrew", "acc-1", 30),
    ("deposited", "acc-2", 50),
    ("deposited", "acc-1", 5),
    ("closed", "acc-2", 0),
    ("withdrew", "acc-1", 25),
]


class Store:
    def __init__(self, events, page_size):
        self.events = events
        self.page_size = page_size
        self.pages_read = 0

    async def read_page(self, start):
        await asyncio.sleep(0)
        self.pages_read += 1
        return self.events[start:start + self.page_size]

    async def stream(self, start=0):
        pos = start
        while True:
            page = await self.read_page(pos)
            if not page:
                return
            for event in page:
                yield pos, event
                pos += 1


class Balances:
    def __init__(self, state=None):
        self.state = dict(state or {})

    def apply(self, event):
        kind, acc, amount = event
        if kind == "opened":
            self.state[acc] = 0
        elif kind == "deposited":
            self.state[acc] += amount
        elif kind == "withdrew":
            self.state[acc] -= amount
        elif kind == "closed":
            del self.state[acc]


class Activity:
    def __init__(self):
        self.counts = {}

    def apply(self, event):
        kind = event[0]
        self.counts[kind] = self.counts.get(kind, 0) + 1


async def replay(store, projections, start=0, snapshot_at=None):
    snapshot = None
    async for pos, event in store.stream(start):
        for p in projections:
            p.apply(event)
        if pos == snapshot_at:
            snapshot = (pos + 1, dict(projections[0].state))
    return snapshot


async def main():
    store = Store(EVENTS, page_size=3)
    balances, activity = Balances(), Activity()
    snapshot = await replay(store, [balances, activity], snapshot_at=4)
    print("balances:", balances.state)
    print("activity:", dict(sorted(activity.counts.items())))
    print("pages read:", store.pages_read)
    print("snapshot:", snapshot)

    store2 = Store(EVENTS, page_size=3)
    start, state = snapshot
    resumed = Balances(state)
    await replay(store2, [resumed], start=start)
    print("resumed from snapshot:", resumed.state, "same result:", resumed.state == balances.state)
    print("pages read on resume:", store2.pages_read)


asyncio.run(main())
