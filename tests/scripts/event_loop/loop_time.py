# loop.time() is monotonic and measures sleeps; only robust facts printed.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    samples = [loop.time() for _ in range(5)]
    print("non-decreasing:", all(a <= b for a, b in zip(samples, samples[1:])))
    await asyncio.sleep(0.03)
    elapsed = loop.time() - t0
    print("slept at least ~30ms:", elapsed >= 0.025, "and not much more:", elapsed < 0.5)
    print("float:", type(loop.time()).__name__)
    fired = []
    loop.call_at(loop.time() + 0.01, lambda: fired.append(loop.time()))
    before = loop.time()
    await asyncio.sleep(0.03)
    print("timer fired after its deadline:", fired[0] >= before + 0.009)


asyncio.run(main())
