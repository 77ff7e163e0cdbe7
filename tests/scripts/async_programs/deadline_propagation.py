# A request handler with a total time budget: it calls backends, passes
# each the time left, and returns partial results when some of them run out
# of time, falling back to cached values where it has them. Backends here
# either answer at once or hang, so a hanging call in a sequence uses up
# the budget of every call after it.
import asyncio

CACHE = {"recommendations": "cached recommendations"}


class Budget:
    def __init__(self, seconds):
        self.deadline = asyncio.get_running_loop().time() + seconds

    def left(self):
        return max(0.0, self.deadline - asyncio.get_running_loop().time())


async def backend(name, budget, hanging):
    async with asyncio.timeout(budget.left()):
        await asyncio.sleep(10 if name in hanging else 0)
        return f"{name} data"


async def inventory_with_prices(budget, hanging):
    # a backend that itself fans out, under the same budget
    async with asyncio.TaskGroup() as tg:
        stock = tg.create_task(backend("inventory", budget, hanging))
        prices = tg.create_task(backend("prices", budget, hanging))
    return f"{stock.result()} + {prices.result()}"


def settle(name, outcome):
    if isinstance(outcome, BaseException):
        is_timeout = isinstance(outcome, TimeoutError) or (
            isinstance(outcome, BaseExceptionGroup) and outcome.subgroup(TimeoutError) is not None)
        if not is_timeout:
            return f"error {outcome!r}"
        return CACHE.get(name, "timed out") + (" (fallback)" if name in CACHE else "")
    return outcome


async def handle(budget_s, order, hanging, sequential):
    budget = Budget(budget_s)
    calls = {
        "profile": lambda: backend("profile", budget, hanging),
        "inventory": lambda: inventory_with_prices(budget, hanging),
        "recommendations": lambda: backend("recommendations", budget, hanging),
    }
    results = {}
    if sequential:
        for name in order:
            try:
                outcome = await calls[name]()
            except (TimeoutError, ExceptionGroup) as e:
                outcome = e
            results[name] = settle(name, outcome)
    else:
        outcomes = await asyncio.gather(*(calls[n]() for n in order), return_exceptions=True)
        for name, outcome in zip(order, outcomes):
            results[name] = settle(name, outcome)
    return results


async def main():
    scenarios = [
        ("parallel, recommendations hang", ["profile", "inventory", "recommendations"],
         {"recommendations"}, False),
        ("sequential, the hanging call last", ["profile", "inventory", "recommendations"],
         {"recommendations"}, True),
        ("sequential, the hanging call first", ["recommendations", "profile", "inventory"],
         {"recommendations"}, True),
        ("parallel, prices hang", ["profile", "inventory", "recommendations"], {"prices"}, False),
        ("parallel, nothing hangs", ["profile", "inventory", "recommendations"], set(), False),
    ]
    for label, order, hanging, sequential in scenarios:
        results = await handle(0.1, order, hanging, sequential)
        print(f"{label}:")
        for name, r in results.items():
            print(f"  {name:16} {r}")


asyncio.run(main())
