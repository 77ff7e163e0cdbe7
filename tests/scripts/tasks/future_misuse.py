# Future state errors.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    for action, arg in (("set_result", 2), ("set_exception", ValueError())):
        try:
            getattr(f, action)(arg)
        except asyncio.InvalidStateError as e:
            print(f"{action} on a done future: InvalidStateError: {e}")
    print("cancel on a done future:", f.cancel())

    f = loop.create_future()
    try:
        f.set_exception(StopIteration("s"))
    except TypeError as e:
        print("StopIteration:", e)
    f.set_exception(KeyError)
    print("exception class is instantiated:", repr(f.exception()))

    f = loop.create_future()
    f.cancel("why")
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result after cancel: InvalidStateError:", e)
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result of cancelled future:", repr(e))
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception of cancelled future:", repr(e))

    f = loop.create_future()
    try:
        f.set_exception("not an exception")
    except TypeError as e:
        print("TypeError:", e)

    async def coro():
        return 1

    t = asyncio.create_task(coro())
    for action in ("set_result", "set_exception"):
        try:
            getattr(t, action)(None)
        except RuntimeError as e:
            print(f"Task.{action}: RuntimeError: {e}")
    await t


asyncio.run(main())
