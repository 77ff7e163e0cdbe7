# Coroutines capture closures and defaults like functions; arguments are
# bound when the coroutine object is created, not when it runs.
import asyncio


def make_counter():
    count = 0

    async def bump(by=1):
        nonlocal count
        await asyncio.sleep(0)
        count += by
        return count

    return bump


async def show(x, items=[]):
    items.append(x)
    return list(items)


async def main():
    bump = make_counter()
    print(await bump(), await bump(5), await bump())
    value = "at creation"
    pending = show(value)
    value = "changed later"
    print(await pending)
    print(await show("second"))
    coros = [show(i) for i in range(3)]
    print([await c for c in coros])

    def outer_sync(tag):
        async def inner():
            return tag * 2
        return inner

    print(await outer_sync("ab")())
    kw = dict(by=10)
    print(await bump(**kw))


asyncio.run(main())
