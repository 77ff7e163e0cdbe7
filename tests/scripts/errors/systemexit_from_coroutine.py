# sys.exit() inside the main coroutine ends the program with that status
# and no traceback.
import asyncio
import sys


async def main():
    print("shutting down")
    await asyncio.sleep(0)
    sys.exit(3)


asyncio.run(main())
print("not reached")
