# add_done_callback / remove_done_callback on tasks.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")
trace = []


def cb(label):
    def inner(task):
        trace.append(f"{label}: {task.get_name()} done={task.done()} var={var.get()}")
    return inner


async def job():
    await asyncio.sleep(0)
    return 5


async def main():
    t = asyncio.create_task(job(), name="job")
    a, b = cb("a"), cb("b")
    t.add_done_callback(a)
    t.add_done_callback(b)
    t.add_done_callback(a)
    print("removed:", t.remove_done_callback(a))
    print("removed again:", t.remove_done_callback(a))
    ctx = contextvars.copy_context()
    ctx.run(var.set, "from ctx")
    t.add_done_callback(cb("c"), context=ctx)
    await t
    trace.append("after await")
    await asyncio.sleep(0)
    for line in trace:
        print(line)
    trace.clear()
    t.add_done_callback(cb("late"))
    trace.append("late callback not yet run")
    await asyncio.sleep(0)
    print(trace)


asyncio.run(main())
