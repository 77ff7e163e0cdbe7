# A leftover task that raises something other than CancelledError while
# asyncio.run cancels it is reported through the exception handler.
import asyncio


async def bad_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ConnectionResetError("could not flush buffers")


async def main():
    asyncio.create_task(bad_cleanup(), name="flusher")
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("asyncio.run returned normally")
