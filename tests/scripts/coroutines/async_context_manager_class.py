# __aenter__/__aexit__ on a user class: call order, the value bound by `as`,
# the exception details passed to __aexit__, and suppression.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"enter {self.name}")
        return f"handle-{self.name}"

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} tb={tb is not None}")
        return self.suppress


class FailingEnter:
    async def __aenter__(self):
        raise ConnectionError("cannot open")

    async def __aexit__(self, *args):
        print("never called")


class FailingExit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        raise RuntimeError("exit failed")


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


class NotCoroutineEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


async def main():
    async with Resource("a") as h:
        print("body got", h)
    async with Resource("b", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed error")
    try:
        async with Resource("c"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", repr(e))
    async with Resource("outer") as o, Resource("inner") as i:
        print("both:", o, i)
    try:
        async with FailingEnter():
            print("never runs")
    except ConnectionError as e:
        print("enter failed:", e)
    try:
        async with FailingExit():
            raise ValueError("body error")
    except RuntimeError as e:
        print("exit failed:", e, "context:", repr(e.__context__))
    for obj in (SyncOnly(), 5, NotCoroutineEnter()):
        try:
            async with obj:
                pass
        except TypeError as e:
            print(type(obj).__name__, "TypeError:", e)


asyncio.run(main())
