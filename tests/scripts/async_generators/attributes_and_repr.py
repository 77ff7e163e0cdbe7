# Attributes of async generator objects and of their asend/athrow awaitables.
import asyncio
import inspect
import re


def masked(text):
    # object addresses differ from run to run
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", str(text))


async def ticker():
    yield 1
    await asyncio.sleep(0)
    yield 2


async def main():
    g = ticker()
    print(type(g).__name__, inspect.isasyncgen(g), inspect.isasyncgenfunction(ticker))
    print(masked(repr(g)))
    print(g.__name__, g.__qualname__, g.ag_code.co_name)
    print("running:", g.ag_running, "await:", g.ag_await, "frame:", g.ag_frame is not None)
    print("state:", inspect.getasyncgenstate(g))
    a = g.asend(None)
    print(type(a).__name__, type(g.athrow(ValueError)).__name__)
    print(await a)
    print("state:", inspect.getasyncgenstate(g))
    print(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        pass
    print("state:", inspect.getasyncgenstate(g), "frame:", g.ag_frame)
    print("aiter(g) is g:", aiter(g) is g)
    print("has __anext__:", hasattr(g, "__anext__"), "has __next__:", hasattr(g, "__next__"))


asyncio.run(main())
