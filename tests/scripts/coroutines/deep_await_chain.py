# A long chain of nested awaits, and mutual recursion between coroutines.
import asyncio


async def depth(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await depth(n - 1)


async def is_even(n):
    return True if n == 0 else await is_odd(n - 1)


async def is_odd(n):
    return False if n == 0 else await is_even(n - 1)


async def main():
    print(await depth(300))
    print(await is_even(101), await is_odd(101))
    results = await asyncio.gather(depth(10), depth(20), depth(30))
    print(results)


asyncio.run(main())
