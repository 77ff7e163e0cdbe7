# aclose(): before start, while suspended with await in finally, on a
# generator that yields again, and one that raises something else.
import asyncio


async def cleanup_gen():
    try:
        yield "a"
        yield "b"
    finally:
        print("  cleanup starts")
        await asyncio.sleep(0)
        print("  cleanup awaited")


async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2


async def swallows():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit, returning")
        return


async def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("during close")


async def main():
    g = cleanup_gen()
    print("aclose unstarted:", await g.aclose())

    g = cleanup_gen()
    print(await anext(g))
    print("aclose suspended:", await g.aclose())

    g = yields_in_finally()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    g = swallows()
    await anext(g)
    print("aclose with return:", await g.aclose())

    g = raises_other()
    await anext(g)
    try:
        await g.aclose()
    except KeyError as e:
        print("aclose propagated:", repr(e))


asyncio.run(main())
