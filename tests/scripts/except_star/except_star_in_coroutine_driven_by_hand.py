# except* inside a coroutine driven by send(), without an event loop:
# handlers may await, a naked exception is wrapped, and what a handler
# raises after awaiting comes out unwrapped with the group as context.
import types


@types.coroutine
def pause():
    yield "paused"


async def fail(exc):
    await pause()
    raise exc


async def main():
    try:
        await fail(ExceptionGroup("work", [ValueError("a"), ValueError("b"), KeyError("c")]))
    except* ValueError as eg:
        await pause()
        print("awaited in handler; values:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keys:", [str(e) for e in eg.exceptions])

    try:
        try:
            await fail(OSError("naked"))
        except* OSError as eg:
            print("naked from a coroutine:", repr(eg))
            await fail(RuntimeError("handler failed after await"))
    except Exception as e:
        print("escaped:", type(e).__name__, repr(e))
        print("context of new error:", repr(e.__context__))
    return "finished"


coro = main()
steps = 0
while True:
    try:
        coro.send(None)
        steps += 1
    except StopIteration as stop:
        print("result:", stop.value, "after", steps, "pauses")
        break
