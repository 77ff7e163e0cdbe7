# Cancelling the gather future cancels every child still running; the
# awaiter gets CancelledError.
import asyncio

log = []
quick_done = None


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        if name == "quick":
            quick_done.set()
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    global quick_done
    quick_done = asyncio.Event()
    g = asyncio.gather(child("quick", 0), child("slow1", 0.5), child("slow2", 0.5))
    await quick_done.wait()
    print("cancel():", g.cancel("stop"))
    try:
        await g
    except asyncio.CancelledError as e:
        log.append(f"awaiter got CancelledError{e.args}")
    print("gather cancelled():", g.cancelled())
    for line in log:
        print(line)

    log.clear()
    g = asyncio.gather(child("x", 0.5), child("y", 0.5), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    try:
        print("result:", await g)
    except asyncio.CancelledError:
        print("return_exceptions=True still raises CancelledError when gather itself is cancelled")
    print(log)


asyncio.run(main())
