# result(), exception(), done() and cancelled() in every task state.
import asyncio


async def ok():
    await asyncio.sleep(0)
    return "value"


async def bad():
    await asyncio.sleep(0)
    raise KeyError("bad")


async def slow():
    await asyncio.sleep(1)


def probe(label, t):
    parts = [f"done={t.done()}", f"cancelled={t.cancelled()}"]
    for meth in ("result", "exception"):
        try:
            parts.append(f"{meth}={getattr(t, meth)()!r}")
        except BaseException as e:
            parts.append(f"{meth} raises {type(e).__name__}({', '.join(map(repr, e.args))})")
    print(label + ":", " ".join(parts))


async def main():
    t_ok = asyncio.create_task(ok())
    t_bad = asyncio.create_task(bad())
    t_slow = asyncio.create_task(slow())
    probe("pending", t_ok)
    await asyncio.sleep(0.01)
    probe("finished", t_ok)
    probe("failed", t_bad)
    t_slow.cancel()
    probe("cancel requested", t_slow)
    await asyncio.sleep(0)
    probe("cancelled", t_slow)
    t_slow2 = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t_slow2.cancel("with a message")
    await asyncio.sleep(0)
    probe("cancelled with message", t_slow2)
    print("exception() of a failed task is the same object each time:",
          t_bad.exception() is t_bad.exception())


asyncio.run(main())
