# A coroutine can be awaited once; awaiting it again is an error, as is
# awaiting one that another task is already awaiting.
import asyncio


async def value():
    await asyncio.sleep(0)
    return 7


async def main():
    c = value()
    print("first await:", await c)
    try:
        await c
    except RuntimeError as e:
        print("second await:", e)

    shared = value()

    async def waiter():
        return await shared

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    try:
        await shared
    except RuntimeError as e:
        print("already being awaited:", e)
    print("task result:", await t)

    async def self_send():
        try:
            me.send(None)
        except ValueError as e:
            print("send to a running coroutine:", e)

    me = self_send()
    await me

    c = value()
    c.close()
    try:
        await c
    except RuntimeError as e:
        print("await after close:", e)


asyncio.run(main())
