# User classes become awaitable through __await__, which must return an
# iterator; what the iterator yields goes to whoever drives the coroutine.
import asyncio
import gc
import warnings


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self._gen()

    def _gen(self):
        yield from asyncio.sleep(0).__await__()
        return self.value


class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n, 0, -1):
            print("  countdown", i)
            yield None
        return "lift-off"


class NonIterator:
    def __await__(self):
        return 42


class ReturnsCoroutine:
    def __await__(self):
        async def inner():
            return 1
        return inner()


class AwaitNone:
    __await__ = None


class IterOk:
    def __await__(self):
        return iter([None, None])


async def main():
    print(await Ready("ready value"))
    print(await Countdown(3))
    print("list iterator await result:", await IterOk())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for obj in (NonIterator(), ReturnsCoroutine(), AwaitNone()):
            try:
                await obj
            except TypeError as e:
                print(type(obj).__name__, "TypeError:", e)
        del obj
        gc.collect()
    print("warnings:", [f"{w.category.__name__}: {w.message}" for w in caught])
    t = asyncio.ensure_future(Ready("via ensure_future"))
    print(await t, type(t).__name__)


asyncio.run(main())
