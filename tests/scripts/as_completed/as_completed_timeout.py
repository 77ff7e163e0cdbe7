# With a timeout, as_completed raises TimeoutError from the next await once
# the deadline passes.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    got = []
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 0.02, 0.2)]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.05):
            got.append(await fut)
    except TimeoutError as e:
        print("TimeoutError after", got, "args:", e.args)
    print("slow task cancelled by as_completed?", tasks[2].cancelled(), "done:", tasks[2].done())
    tasks[2].cancel()
    await asyncio.gather(tasks[2], return_exceptions=True)


asyncio.run(main())
