# Cancelling tasks blocked on an Event, a Lock, a Queue and a future.
# gather(return_exceptions=True) reports a cancelled task as
# CancelledError('') (the task does not keep its cancel message), but a
# cancelled plain future keeps its message.
import asyncio


async def main():
    ev, lock, q = asyncio.Event(), asyncio.Lock(), asyncio.Queue()
    fut = asyncio.get_running_loop().create_future()
    await lock.acquire()
    blockers = {
        "event": ev.wait(),
        "lock": lock.acquire(),
        "queue": q.get(),
        "future": fut,
        "sleep": asyncio.sleep(1),
    }
    tasks = {name: asyncio.ensure_future(aw) for name, aw in blockers.items()}
    await asyncio.sleep(0)
    for name, t in tasks.items():
        t.cancel(f"cancel {name}")
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for name, r in zip(tasks, results):
        print(name, repr(r))
    print("future cancelled too:", fut.cancelled())
    lock.release()
    print("lock usable:", await lock.acquire())


asyncio.run(main())
