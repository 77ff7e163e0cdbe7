# A task that fails and is dropped logs 'Task exception was never retrieved'
# once it is collected, between the outputs where CPython logs it.
import asyncio
async def fail():
    raise ValueError("lost")
async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("after first sleep")
    await asyncio.sleep(0)
    print("after second sleep")
    await asyncio.sleep(0.01)
    print("main done")
asyncio.run(main())
print("end")
