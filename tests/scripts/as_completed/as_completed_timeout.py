# With a timeout, as_completed yields what finishes in time and then raises
# TimeoutError from the next await; it does not cancel the stragglers.
import asyncio


async def job(value):
    if value == "hang":
        await asyncio.sleep(10)
    return value


async def main():
    got = []
    tasks = [asyncio.create_task(job(v)) for v in ("first", "second", "hang")]
    await asyncio.wait(tasks[:2])
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.05):
            got.append(await fut)
    except TimeoutError as e:
        print("TimeoutError after", sorted(got), "args:", e.args)
    print("slow task cancelled by as_completed?", tasks[2].cancelled(), "done:", tasks[2].done())
    tasks[2].cancel()
    await asyncio.gather(tasks[2], return_exceptions=True)


asyncio.run(main())
