# Async generators still suspended when asyncio.run() finishes are closed by
# the loop's shutdown_asyncgens(); their finally blocks run then. (Several
# generators are closed concurrently in no specified order, so that log is
# sorted.)
import asyncio

kept = []
log = []


async def stream(name):
    try:
        i = 0
        while True:
            yield f"{name}-{i}"
            i += 1
    finally:
        log.append(f"{name}: finally")
        await asyncio.sleep(0)
        log.append(f"{name}: finally after await")


async def one():
    g = stream("only")
    kept.append(g)
    print(await anext(g), await anext(g))
    print("main returns")


async def several():
    for name in ("first", "second", "third"):
        g = stream(name)
        kept.append(g)
        print(await anext(g))
    print("main returns")


asyncio.run(one())
print(log)
log.clear()
asyncio.run(several())
print(sorted(log))
