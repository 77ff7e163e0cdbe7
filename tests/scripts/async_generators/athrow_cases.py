# athrow(): handled inside, not handled, into a generator that then finishes,
# into an unstarted generator, and the deprecated three-argument form.
import asyncio


async def gen():
    try:
        yield 1
        yield 2
    except KeyError:
        print("  KeyError handled; finishing")


async def main():
    g = gen()
    await anext(g)
    try:
        await g.athrow(ValueError("unhandled"))
    except ValueError as e:
        print("propagated:", repr(e))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted after propagating")

    g = gen()
    await anext(g)
    try:
        await g.athrow(KeyError("k"))
    except StopAsyncIteration:
        print("athrow into a generator that returns -> StopAsyncIteration")

    g = gen()
    try:
        await g.athrow(OSError("early"))
    except OSError as e:
        print("athrow into unstarted:", repr(e))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("unstarted generator is now closed")

    g = gen()
    await anext(g)
    try:
        await g.athrow(TypeError)
    except TypeError as e:
        print("athrow with a class:", repr(e))


asyncio.run(main())
