# Raising CancelledError yourself ends the task as cancelled, even
# without a cancel() call.
import asyncio


async def quitter():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("I quit")


async def main():
    t = asyncio.create_task(quitter())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got", repr(e))
    print("cancelled():", t.cancelled(), "cancelling():", t.cancelling())


asyncio.run(main())
