# asyncio.run() cancels the tasks still pending when main() returns and
# closes the async generators left suspended, before closing the loop.
import asyncio
async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker finally")
async def forever():
    try:
        await asyncio.sleep(10)
    finally:
        print("forever cancelled")
async def main():
    global g
    g = ticker()
    print(await g.__anext__())
    asyncio.get_running_loop().create_task(forever())
    await asyncio.sleep(0)
    print("main done")
asyncio.run(main())
print("end")
