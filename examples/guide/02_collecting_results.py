import asyncio


async def price(symbol: str) -> float:
    await asyncio.sleep(0.1)
    return len(symbol) * 10.0


async def main() -> dict[str, float]:
    async with asyncio.TaskGroup() as tg:
        tasks = {sym: tg.create_task(price(sym)) for sym in ("AAPL", "MSFT", "GOOG")}
    # Safe now: the group guarantees every task is done.
    return {sym: t.result() for sym, t in tasks.items()}


print(asyncio.run(main()))  # {'AAPL': 40.0, 'MSFT': 40.0, 'GOOG': 40.0}
