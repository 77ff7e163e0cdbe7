# At the end of asyncio.run: leftover tasks are cancelled first, then
# async generators are closed.
import asyncio

log = []
gens = []


async def ticker():
    try:
        while True:
            yield
    finally:
        log.append("async generator closed")


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("leftover task cancelled")
        raise


async def main():
    g = ticker()
    gens.append(g)
    await anext(g)
    asyncio.create_task(worker())
    await asyncio.sleep(0)
    log.append("main returns")


asyncio.run(main())
print(log)
