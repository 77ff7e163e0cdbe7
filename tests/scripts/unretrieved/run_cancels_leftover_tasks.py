# When the main coroutine returns, asyncio.run cancels the tasks still
# running and waits for them; their cleanup runs. (They are cancelled in an
# unspecified order, so the log is sorted.)
import asyncio

log = []


async def service(name):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled{e.args}")
        await asyncio.sleep(0)
        log.append(f"{name} cleanup after await")
        raise
    finally:
        log.append(f"{name} finally")


async def main():
    for name in ("alpha", "beta", "gamma"):
        asyncio.create_task(service(name))
    await asyncio.sleep(0.025)
    print("main returns with", len(asyncio.all_tasks()) - 1, "tasks running")
    return "main result"


print(asyncio.run(main()))
for line in sorted(log):
    print(line)
