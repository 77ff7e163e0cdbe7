# A failed, unreferenced task is still reported even when the program
# never forces a collection: by the time the interpreter exits, the report
# has been printed.
import asyncio


async def crash():
    raise OSError("disk full")


async def main():
    asyncio.create_task(crash())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print("end of program")
