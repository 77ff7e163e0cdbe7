# The guide's check under asyncio's debug mode (what PYTHONASYNCIODEBUG=1
# turns on): a TaskGroup whose children fail logs no "Task exception was
# never retrieved", even once the finished tasks are collected.
import asyncio
import gc


async def fail(name):
    await asyncio.sleep(0)
    raise KeyError(name)


async def slow():
    await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    # debug mode also logs steps slower than 0.1 s; a slow build (GC stress,
    # sanitizers) must not trip that
    loop.slow_callback_duration = 60
    print("debug:", loop.get_debug())
    for request in range(3):
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(f"a{request}"))
                tg.create_task(fail(f"b{request}"))
                tg.create_task(slow())
        except* KeyError as eg:
            print("request", request, "handled:", sorted(str(e) for e in eg.exceptions))
        gc.collect()
        print("tasks alive:", len(asyncio.all_tasks()))
    print("nothing logged on stderr")


asyncio.run(main(), debug=True)
gc.collect()
