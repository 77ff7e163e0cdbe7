# A coroutine called as a statement and never awaited is destroyed at once in
# CPython: the RuntimeWarning names the line of the call, both in plain code
# and inside a running task, and comes before the output that follows.
import asyncio
import sys


async def work():
    return 1


def plain():
    work()
    print("after the forgotten call", file=sys.stderr)


async def in_task():
    work()
    print("in task, after the forgotten call", file=sys.stderr)
    await asyncio.sleep(0)
    kept = work()
    print("a kept coroutine is not collected", file=sys.stderr)
    kept.close()


plain()
asyncio.run(in_task())
print("end", file=sys.stderr)
