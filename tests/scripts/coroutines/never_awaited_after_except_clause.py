# A coroutine passed to a call that raised lives on in the traceback's
# frames; CPython frees it when the except clause ends (the exception goes),
# so "never awaited" names the clause's last line, both at module level and
# in a function, whatever the clause did with the exception.
import asyncio
import sys


async def work():
    pass


try:
    asyncio.create_task(work())
except RuntimeError as e:
    print("module level:", e, file=sys.stderr)
print("after the module-level clause", file=sys.stderr)


async def main():
    try:
        await asyncio.wait([work()])
    except TypeError as e:
        print("in a task:", e, file=sys.stderr)
    print("after the clause in a task", file=sys.stderr)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(work())
    except RuntimeError:
        print("run_until_complete inside a running loop", file=sys.stderr)
    print("after the unnamed clause", file=sys.stderr)


asyncio.run(main())
