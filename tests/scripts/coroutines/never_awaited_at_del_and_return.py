# Where CPython drops the last reference to a coroutine that never ran, it
# warns "never awaited" naming that line: `del` of a local or a global, and
# the call of a function whose local held it when it returned. A coroutine
# returned to the caller, or handed to a task, is not reported.
import asyncio
import sys


async def work():
    pass


def forget_in_local():
    c = work()
    print("local made", file=sys.stderr)


def delete_local():
    c = work()
    del c
    print("after del of a local", file=sys.stderr)


def give_back():
    c = work()
    return c


async def hand_to_task():
    c = work()
    t = asyncio.create_task(c)
    await t
    print("task ran it", file=sys.stderr)


forget_in_local()
print("after the function returned", file=sys.stderr)
delete_local()
g = work()
del g
print("after del of a global", file=sys.stderr)
kept = give_back()
print("returned coroutine kept", file=sys.stderr)
kept.close()
asyncio.run(hand_to_task())
print("end", file=sys.stderr)
