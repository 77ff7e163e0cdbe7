# Condition: misuse errors without the lock, a shared lock, wait_for with
# notify(1) handing items to consumers, and notify_all.
import asyncio
async def main():
    c = asyncio.Condition()
    try:
        await c.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        c.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        c.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print(lock.locked(), c2.locked())
    items = []
    async def consumer(n):
        async with c:
            await c.wait_for(lambda: items)
            print("consumer", n, "got", items.pop())
    async def producer():
        for i in range(3):
            await asyncio.sleep(0)
            async with c:
                items.append(i)
                c.notify(1)
    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(consumer(n))
        tg.create_task(producer())
    async def waiter(n):
        async with c:
            await c.wait()
            print("woken", n)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with c:
        c.notify_all()
    await asyncio.gather(*ts)
    try:
        asyncio.Condition(asyncio.Lock()).__init__(lock=5)
    except Exception as e:
        print(type(e).__name__)
asyncio.run(main())
