# Three tasks each yielding with sleep(0) take turns round-robin.
import asyncio

out = []


async def turn(name, n):
    for i in range(n):
        out.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(turn("x", 3), turn("y", 3), turn("z", 2))
    print(" ".join(out))


asyncio.run(main())
