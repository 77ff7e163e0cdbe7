# Concurrent bank transfers with one Lock per account, always taken in a
# fixed order so opposite transfers cannot deadlock; the total stays
# constant and overdrafts are refused.
import asyncio


class InsufficientFunds(Exception):
    pass


class Bank:
    def __init__(self, balances):
        self.balances = dict(balances)
        self.locks = {name: asyncio.Lock() for name in balances}
        self.ledger = []

    async def transfer(self, src, dst, amount):
        first, second = sorted((src, dst))
        async with self.locks[first]:
            await asyncio.sleep(0)
            async with self.locks[second]:
                if self.balances[src] < amount:
                    raise InsufficientFunds(f"{src} has {self.balances[src]}, needs {amount}")
                self.balances[src] -= amount
                await asyncio.sleep(0)
                self.balances[dst] += amount
                self.ledger.append(f"{src} -> {dst}: {amount}")

    def total(self):
        return sum(self.balances.values())


async def main():
    bank = Bank({"alice": 100, "bob": 50, "carol": 0})
    start = bank.total()
    transfers = [
        ("alice", "bob", 30),
        ("bob", "alice", 20),
        ("bob", "carol", 70),
        ("carol", "alice", 10),
        ("alice", "carol", 500),
        ("carol", "bob", 5),
        ("bob", "alice", 1),
    ]
    results = await asyncio.gather(*(bank.transfer(*t) for t in transfers), return_exceptions=True)
    for (src, dst, amount), r in zip(transfers, results):
        status = "ok" if r is None else f"refused ({r})"
        print(f"{src:>5} -> {dst:<5} {amount:>4}: {status}")
    print("ledger order:")
    for line in bank.ledger:
        print(" ", line)
    print("balances:", bank.balances)
    print("total unchanged:", bank.total() == start)
    print("locks free:", not any(lock.locked() for lock in bank.locks.values()))

    # a storm of opposite transfers between the same two accounts: with
    # locks taken in a fixed order this finishes instead of deadlocking
    storm = []
    for i in range(20):
        src, dst = ("alice", "bob") if i % 2 else ("bob", "alice")
        storm.append(bank.transfer(src, dst, i % 7))
    async with asyncio.timeout(1):
        results = await asyncio.gather(*storm, return_exceptions=True)
    refused = [r for r in results if isinstance(r, InsufficientFunds)]
    print("storm finished; refused:", len(refused))
    print("balances:", bank.balances, "total unchanged:", bank.total() == start)
    print("ledger entries:", len(bank.ledger))


asyncio.run(main())
