# cancel() return values and cancellation messages as seen inside and
# outside the task.
import asyncio


async def sleeper(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(f"inside: args={e.args}")
        raise


async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print("first cancel:", t.cancel("stop now"))
    print("second cancel:", t.cancel("again"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees: args =", e.args)
    print(log)
    print("cancel on a done task:", t.cancel())

    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("no message: args =", e.args, "str =", repr(str(e)))

    done = asyncio.create_task(asyncio.sleep(0, result=1))
    await done
    print("cancel finished task:", done.cancel(), done.cancelled())

    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    t.cancel(msg=123)
    try:
        await t
    except asyncio.CancelledError as e:
        print("non-str message:", e.args)
    print("CancelledError is BaseException, not Exception:",
          issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
