# Nested timeouts around a TaskGroup: the inner deadline expires first, the
# children see the cancellation, cancelling() counts rise and fall, and the
# outer deadline still fires later.
import asyncio
async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled; cancelling() =", asyncio.current_task().cancelling())
        raise
async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.3) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    async with asyncio.TaskGroup() as tg:
                        tg.create_task(child("a", 0.01))
                        tg.create_task(child("b", 1))
                        print("body waits; cancelling", me.cancelling())
            except TimeoutError:
                print("inner expired", inner.expired(), "outer", outer.expired(), "cancelling", me.cancelling())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer expired", outer.expired(), "cancelling", me.cancelling())
    print("uncancel now:", me.uncancel(), me.cancelling())
asyncio.run(main())
