# asyncio's "Task exception was never retrieved" and exception-handler
# reports through a configured root handler (level name and logger name
# in the format), then through a handler on the "asyncio" logger only.
import asyncio
import gc
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")


async def fails():
    raise KeyError("lost")


async def main():
    task = asyncio.create_task(fails(), name="orphan")
    await asyncio.sleep(0.01)
    del task
    gc.collect()  # skein frees by tracing collection, not reference counts
    await asyncio.sleep(0.01)
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "custom report", "detail": 42})
    loop.call_exception_handler({"message": "with exception",
                                 "exception": OSError(5, "I/O")})


asyncio.run(main())
print("first run over")

logging.root.handlers.clear()
alog = logging.getLogger("asyncio")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("asyncio handler: %(message)s"))
alog.addHandler(h)


async def second():
    asyncio.get_running_loop().call_exception_handler({"message": "second report"})
    logging.getLogger("elsewhere").warning("no handler: last resort on stderr")


asyncio.run(second())
