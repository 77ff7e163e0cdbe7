# asyncio's debug records (the selector in use, the loop closing) reach a
# program that logs at DEBUG, with the loop's repr.
import asyncio
import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)s %(name)s %(funcName)s [%(taskName)s] %(message)s")


async def main():
    logging.getLogger("app").debug("inside %s", asyncio.current_task().get_name())
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
logging.getLogger("asyncio").setLevel(logging.INFO)
asyncio.run(main(), debug=True)
print("end")
