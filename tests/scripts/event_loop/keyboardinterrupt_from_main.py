# KeyboardInterrupt raised in main() under asyncio.run(): traceback and
# exit status as CPython.
import asyncio
async def main():
    await asyncio.sleep(0)
    raise KeyboardInterrupt
asyncio.run(main())
