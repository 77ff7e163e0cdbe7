# A child fails while an enclosing timeout has also fired: the group's
# errors win over the cancellation, so an ExceptionGroup (not TimeoutError)
# comes out, and the task's cancellation count is restored.
import asyncio


async def fail_on_cancel():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")


async def main():
    me = asyncio.current_task()
    try:
        try:
            async with asyncio.timeout(0.01) as cm:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(fail_on_cancel())
                    await asyncio.sleep(1)
        except TimeoutError:
            print("TimeoutError")
    except* ValueError as eg:
        print("group:", repr(eg), "expired:", cm.expired())
    print("cancelling():", me.cancelling())
    await asyncio.sleep(0)
    print("still able to await")


asyncio.run(main())
