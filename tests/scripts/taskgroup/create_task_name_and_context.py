# tg.create_task accepts name= and context= like asyncio.create_task.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def show():
    return (asyncio.current_task().get_name(), var.get())


async def main():
    ctx = contextvars.Context()
    ctx.run(var.set, "from context")
    var.set("from parent")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(show(), name="alpha")
        b = tg.create_task(show(), context=ctx)
        c = tg.create_task(show())
    print(a.result())
    print(b.result()[1])
    print(c.result()[1])


asyncio.run(main())
