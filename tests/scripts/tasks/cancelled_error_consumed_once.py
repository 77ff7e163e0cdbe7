# The CancelledError that ended a task (with its message) is handed out
# once; later result()/exception() calls build a fresh CancelledError from
# the future's own cancel message, which a cancelled task does not keep.
import asyncio


async def sleeper():
    await asyncio.sleep(1)


def attempt(label, fn):
    try:
        fn()
    except asyncio.CancelledError as e:
        print(f"{label}: CancelledError{e.args}")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("the message")
    await asyncio.sleep(0)
    attempt("task result() first call", t.result)
    attempt("task result() second call", t.result)
    attempt("task exception()", t.exception)

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("other message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("await sees:", e.args)
    attempt("result() after the await", t.result)

    fut = asyncio.get_running_loop().create_future()
    fut.cancel("future message")
    attempt("future result() first", fut.result)
    attempt("future result() second", fut.result)
    attempt("future exception()", fut.exception)


asyncio.run(main())
