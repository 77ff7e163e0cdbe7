# Logging from asyncio tasks: taskName is the running task's name (None
# outside a task), and asyncio's own reports go through the "asyncio"
# logger, so a configured handler formats them.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(name)s [%(taskName)s] %(funcName)s: %(message)s")
log = logging.getLogger("worker")


async def worker(n):
    log.info("start %d", n)
    await asyncio.sleep(0)
    if n == 2:
        try:
            raise ValueError(n)
        except ValueError:
            log.exception("worker %d failed", n)
    log.debug("end %d", n)
    return n


def bad_callback():
    raise RuntimeError("from a callback")


async def main():
    log.info("main starts")
    tasks = [asyncio.create_task(worker(i), name=f"job-{i}") for i in range(3)]
    print(await asyncio.gather(*tasks))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(7))
    asyncio.get_running_loop().call_soon(bad_callback)
    await asyncio.sleep(0)
    log.info("main ends")


log.info("before the loop")
asyncio.run(main(), debug=False)
print(logging.getLogger("asyncio").handlers, logging.getLogger("asyncio").parent is logging.root)
