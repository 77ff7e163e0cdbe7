# A second cancellation arriving while the task awaits inside its finally
# block interrupts the cleanup.
import asyncio

log = []


async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        log.append("cleanup starts")
        try:
            await asyncio.sleep(1)
            log.append("cleanup finished")
        except asyncio.CancelledError:
            log.append("cleanup interrupted")
            raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel("first")
    await asyncio.sleep(0.01)
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(f"task ended with CancelledError{e.args}")
    print(log)
    print("context of the final error:")
    try:
        t.result()
    except asyncio.CancelledError as e:
        print(" ", repr(e.__context__))


asyncio.run(main())
