# AsyncExitStack: LIFO unwinding of async and sync callbacks and context
# managers, pop_all, and an exit that suppresses an exception.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def conn(name):
    print(f"connect {name}")
    yield name
    print(f"disconnect {name}")


async def async_cb(msg):
    await asyncio.sleep(0)
    print("async callback:", msg)


def sync_cb(msg):
    print("sync callback:", msg)


async def suppressing_exit(et, e, tb):
    print("exit sees", repr(e))
    return True


async def main():
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(conn(n)) for n in ("db", "cache")]
        stack.push_async_callback(async_cb, "first pushed")
        stack.callback(sync_cb, "second pushed")
        print("inside with", names)
    print("---")
    async with AsyncExitStack() as stack:
        stack.push_async_exit(suppressing_exit)
        await stack.enter_async_context(conn("q"))
        raise ValueError("swallowed by the stack")
    print("after suppressed exception")
    print("---")
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(conn("kept"))
        moved = stack.pop_all()
        print("popped all")
    print("stack exited; nothing closed yet")
    await moved.aclose()
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
