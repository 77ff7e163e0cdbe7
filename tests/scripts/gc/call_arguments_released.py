# A value passed as a call argument is not kept alive by the caller once the
# call is over: an exception caught and printed, whose traceback holds the
# callee's frame and so the coroutine it was given, is collected at `del`,
# and the "never awaited" warning comes from that line, as in CPython.
import gc
import sys


async def job():
    pass


def reject(coro):
    raise RuntimeError("rejected")


def main():
    c = job()
    try:
        reject(c)
    except RuntimeError as e:
        print("caught", e)
    del c; gc.collect()
    print("after collect", file=sys.stderr)


main()
print("end", file=sys.stderr)
