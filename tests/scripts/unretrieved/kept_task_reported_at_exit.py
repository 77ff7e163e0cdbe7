# A failed task kept in a global is only reported at exit, after the
# program's last output.
import asyncio
async def fail():
    raise ValueError("kept")
async def main():
    global t
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    print("main done")
asyncio.run(main())
print("end")
