# A common pattern: race several tasks, keep the first result, cancel the
# rest and wait for their cancellation to finish.
import asyncio

log = []


async def mirror(name, d):
    try:
        await asyncio.sleep(d)
        return f"{name} answered"
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    ts = {asyncio.create_task(mirror(n, d), name=n) for n, d in (("eu", 1), ("us", 0.01), ("asia", 2))}
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    print("winner:", winner.result())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print(sorted(log))
    print("all settled:", all(t.done() for t in ts))


asyncio.run(main())
