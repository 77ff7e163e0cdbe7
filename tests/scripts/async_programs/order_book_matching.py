# A tiny exchange: traders submit orders through a queue, a matching engine
# task keeps a price-time priority order book and reports trades to
# subscribers; cancel requests remove resting orders.
import asyncio
import heapq
import itertools


class Engine:
    def __init__(self):
        self.bids = []   # (-price, seq, id, qty)
        self.asks = []   # (price, seq, id, qty)
        self.seq = itertools.count()
        self.cancelled = set()
        self.trades = []
        self.inbox = asyncio.Queue()

    def _best(self, book):
        while book and book[0][2] in self.cancelled:
            heapq.heappop(book)
        return book[0] if book else None

    def submit(self, oid, side, price, qty):
        book, other = (self.bids, self.asks) if side == "buy" else (self.asks, self.bids)
        while qty:
            best = self._best(other)
            if best is None:
                break
            best_price = -best[0] if side == "sell" else best[0]
            if (side == "buy" and best_price > price) or (side == "sell" and best_price < price):
                break
            fill = min(qty, best[3])
            self.trades.append(f"{oid} x {best[2]}: {fill} @ {best_price}")
            qty -= fill
            heapq.heappop(other)
            if best[3] > fill:
                heapq.heappush(other, (best[0], best[1], best[2], best[3] - fill))
        if qty:
            key = -price if side == "buy" else price
            heapq.heappush(book, (key, next(self.seq), oid, qty))

    async def run(self):
        while True:
            msg = await self.inbox.get()
            if msg is None:
                return
            if msg[0] == "cancel":
                self.cancelled.add(msg[1])
            else:
                self.submit(*msg[1:])
            self.inbox.task_done()

    def depth(self):
        bids = sorted((-p, q) for p, _, oid, q in self.bids if oid not in self.cancelled)[::-1]
        asks = sorted((p, q) for p, _, oid, q in self.asks if oid not in self.cancelled)
        return bids, asks


async def trader(engine, orders):
    for msg in orders:
        await engine.inbox.put(msg)
        await asyncio.sleep(0)


async def main():
    engine = Engine()
    runner = asyncio.create_task(engine.run())
    await asyncio.gather(
        trader(engine, [("order", "s1", "sell", 101, 5), ("order", "s2", "sell", 102, 5), ("cancel", "s2")]),
        trader(engine, [("order", "b1", "buy", 99, 4), ("order", "b2", "buy", 101, 3)]),
        trader(engine, [("order", "s3", "sell", 100, 2), ("order", "b3", "buy", 103, 6)]),
    )
    await engine.inbox.join()
    await engine.inbox.put(None)
    await runner
    for t in engine.trades:
        print("trade", t)
    bids, asks = engine.depth()
    print("bids:", bids)
    print("asks:", asks)


asyncio.run(main())
