# A pending task that nothing refers to any more is reported when it is
# collected, whether it is in asyncio's registry of scheduled tasks or
# was taken out of it; a failed task nobody asked is reported too.
import asyncio
import gc


async def forever():
    await asyncio.Event().wait()


async def fails():
    raise KeyError("lost")


locals_of_main = {}


def report(loop, context):
    # (only the message and the name: how far the coroutine got depends on
    # the order the collector finalises a task and its coroutine)
    subject = context.get("task") or context.get("future")
    print(context["message"], "-", subject.get_name(), flush=True)


async def main():
    asyncio.get_running_loop().set_exception_handler(report)
    kept = asyncio.create_task(forever(), name="kept")
    dropped = asyncio.create_task(forever(), name="dropped")
    hidden = asyncio.create_task(forever(), name="hidden")
    failed = asyncio.create_task(fails(), name="failed")
    await asyncio.sleep(0)
    asyncio.tasks._unregister_task(hidden)
    locals_of_main.update(dropped=dropped, hidden=hidden, failed=failed)
    del dropped, hidden, failed
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    for name in ("failed", "dropped", "hidden"):
        print("dropping", name, flush=True)
        del locals_of_main[name]
        gc.collect()
        await asyncio.sleep(0)
    print("after collection:", kept.done())
    kept.cancel()


asyncio.run(main())
