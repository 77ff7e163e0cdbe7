# A TaskGroup of 20,000 children where one fails: the group cancels the
# other 19,999 and raises an ExceptionGroup holding the one failure.
import asyncio

N = 20_000


async def sleeper(ev):
    await ev.wait()


async def failer():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    ev = asyncio.Event()
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(N - 1):
                tasks.append(tg.create_task(sleeper(ev)))
            tg.create_task(failer())
    except* ValueError as eg:
        print(len(eg.exceptions), eg.exceptions[0])
    print(sum(t.cancelled() for t in tasks))


asyncio.run(main())
