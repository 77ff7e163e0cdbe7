# Each task runs in a copy of the context current when it was created;
# callbacks can be given an explicit context.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def handler(name):
    print(f"{name} sees {request.get()}")
    request.set(f"set by {name}")
    await asyncio.sleep(0)
    print(f"{name} still sees {request.get()}")


async def main():
    request.set("main value")
    t1 = asyncio.create_task(handler("t1"))
    request.set("changed before t2")
    t2 = asyncio.create_task(handler("t2"))
    await asyncio.gather(t1, t2)
    print("main sees", request.get())
    ctx = contextvars.copy_context()
    ctx.run(request.set, "in explicit ctx")
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("callback sees", request.get()), context=ctx)
    loop.call_soon(lambda: print("callback without context sees", request.get()))
    await asyncio.sleep(0)
    t3 = asyncio.create_task(handler("t3"), context=ctx)
    await t3
    print("ctx after t3:", ctx[request])


asyncio.run(main())
