# Looking at the exception in any way (exception(), result(), await)
# marks it retrieved, so collecting the task logs nothing.
import asyncio
import gc


async def fail(i):
    await asyncio.sleep(0)
    raise KeyError(i)


async def main():
    t1 = asyncio.create_task(fail(1))
    t2 = asyncio.create_task(fail(2))
    t3 = asyncio.create_task(fail(3))
    await asyncio.sleep(0.01)
    print("exception():", repr(t1.exception()))
    try:
        t2.result()
    except KeyError as e:
        print("result() raised", repr(e))
    try:
        await t3
    except KeyError as e:
        print("await raised", repr(e))
    del t1, t2, t3
    gc.collect()
    print("nothing logged")


asyncio.run(main())
