# A worker pool processing a batch of files: a fixed number of workers
# share a queue, bad inputs are collected rather than stopping the batch,
# and the final report groups the failures by kind with except*.
import asyncio

FILES = {
    "a.csv": "1,2,3",
    "b.csv": "4,5,x",
    "c.json": "{}",
    "d.csv": "",
    "e.csv": "7,8",
    "f.csv": "9,-1",
    "g.bin": None,
}


class EmptyFile(ValueError):
    pass


async def process(name, content):
    await asyncio.sleep(0)
    if content is None:
        raise PermissionError(f"{name}: permission denied")
    if not name.endswith(".csv"):
        raise TypeError(f"{name}: unsupported format")
    if not content:
        raise EmptyFile(f"{name}: empty")
    values = [int(v) for v in content.split(",")]
    if any(v < 0 for v in values):
        raise ValueError(f"{name}: negative value")
    return sum(values)


async def worker(wid, q, results, errors):
    while True:
        name = await q.get()
        try:
            results[name] = await process(name, FILES[name])
        except Exception as e:
            e.add_note(f"processed by worker {wid}")
            errors.append(e)
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    for name in FILES:
        q.put_nowait(name)
    results, errors = {}, []
    workers = [asyncio.create_task(worker(i, q, results, errors)) for i in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("totals:", dict(sorted(results.items())))
    try:
        if errors:
            raise ExceptionGroup("batch had failures", errors)
    except* EmptyFile as eg:
        print("empty files:", [str(e) for e in eg.exceptions])
    except* ValueError as eg:
        print("bad values:", [str(e) for e in eg.exceptions])
        print("  notes:", [e.__notes__ for e in eg.exceptions])
    except* (TypeError, PermissionError) as eg:
        for e in eg.exceptions:
            print(f"skipped ({type(e).__name__}): {e}")


asyncio.run(main())
