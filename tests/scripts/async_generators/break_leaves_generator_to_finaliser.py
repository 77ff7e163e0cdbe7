# Breaking out of 'async for' leaves the async generator suspended; it is
# finalised (its finally runs) by the loop's asyncgen hooks.
import asyncio
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def main():
    async for x in agen():
        print(x)
        break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep")
asyncio.run(main())
