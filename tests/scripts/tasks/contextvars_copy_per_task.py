# Context variables: each task runs in a copy of the context; create_task
# accepts an explicit context.
import asyncio, contextvars
v = contextvars.ContextVar("v", default="default")
async def child(n):
    print(n, "sees", v.get())
    v.set(f"child {n}")
    await asyncio.sleep(0)
    print(n, "still", v.get())
async def main():
    v.set("main")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
        ctx = contextvars.copy_context()
        ctx.run(v.set, "custom")
        tg.create_task(child(2), context=ctx)
    print("main sees", v.get(), ctx[v])
asyncio.run(main())
