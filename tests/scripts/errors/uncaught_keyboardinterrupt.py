# An uncaught KeyboardInterrupt: traceback, then the process ends the way
# an interrupted process does (killed by SIGINT, exit status -2).
import asyncio


async def main():
    await asyncio.sleep(0)
    raise KeyboardInterrupt


asyncio.run(main())
