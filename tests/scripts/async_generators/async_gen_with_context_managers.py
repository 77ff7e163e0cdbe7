# Async generators that yield inside async with and try/except; values and
# exceptions thrown in at the yield go through the managers properly.
import asyncio


class Conn:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"open {self.name}")
        return self

    async def __aexit__(self, et, e, tb):
        print(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False


async def rows(name, n):
    async with Conn(name):
        for i in range(n):
            try:
                yield (name, i)
            except LookupError as e:
                print("  row error", repr(e), "-> skip")


async def main():
    async for r in rows("db1", 2):
        print(r)
    g = rows("db2", 3)
    print(await anext(g))
    print(await g.athrow(KeyError("missing")))
    try:
        await g.athrow(ValueError("fatal"))
    except ValueError as e:
        print("fatal propagated:", repr(e))
    g = rows("db3", 5)
    print(await anext(g))
    await g.aclose()


asyncio.run(main())
