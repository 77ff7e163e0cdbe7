# aclosing() guarantees aclose() of an async generator when the loop body
# exits early, before the block ends.
import asyncio
from contextlib import aclosing


async def lines():
    try:
        for i in range(10):
            yield f"line {i}"
    finally:
        print("generator closed")


async def main():
    async with aclosing(lines()) as it:
        async for line in it:
            print(line)
            if line == "line 1":
                break
        print("still inside the aclosing block")
    print("after the block")
    try:
        async with aclosing(lines()) as it:
            async for line in it:
                raise KeyError(line)
    except KeyError as e:
        print("error", e)


asyncio.run(main())
