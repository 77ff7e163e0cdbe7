# create_task() outside the group's lifetime raises RuntimeError with the
# group's repr in the message. In 3.12.1 the rejected coroutine is not
# closed, so it warns that it was never awaited once it is collected.
import asyncio
import gc


async def job():
    await asyncio.sleep(0)


async def fail():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    tg = asyncio.TaskGroup()
    c = job()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("before entering:", e)
    del c; gc.collect()
    async with tg:
        tg.create_task(job())
    c = job()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("after exit:", e)
    del c; gc.collect()

    tg2 = asyncio.TaskGroup()
    try:
        async with tg2:
            tg2.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                c = job()
                try:
                    tg2.create_task(c)
                except RuntimeError as e:
                    print("while aborting:", e)
                c.close()
                raise
    except* ValueError:
        pass

    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("re-entering:", e)


asyncio.run(main())
