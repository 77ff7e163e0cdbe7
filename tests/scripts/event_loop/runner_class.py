# asyncio.Runner keeps one loop across several run() calls.
import asyncio


async def get_loop_id():
    return asyncio.get_running_loop()


counter = 0


async def bump():
    global counter
    counter += 1
    await asyncio.sleep(0)
    return counter


with asyncio.Runner() as runner:
    loop1 = runner.run(get_loop_id())
    loop2 = runner.run(get_loop_id())
    print("same loop for both runs:", loop1 is loop2)
    print("get_loop is that loop:", runner.get_loop() is loop1)
    print(runner.run(bump()), runner.run(bump()))
    print("loop closed inside:", loop1.is_closed())
print("loop closed after:", loop1.is_closed())
c = bump()
try:
    runner.run(c)
except RuntimeError as e:
    print("run after close:", e)
c.close()

r = asyncio.Runner()
print("lazy loop creation; get_loop works before run:", r.get_loop() is not None)
print(r.run(bump()))
r.close()
r.close()
print("closing twice is fine")

with asyncio.Runner() as runner:
    try:
        runner.run(5)
    except ValueError as e:
        print("ValueError:", e)


async def uses_runner():
    inner = asyncio.Runner()
    c = bump()
    try:
        inner.run(c)
    except RuntimeError as e:
        print("Runner.run inside a running loop:", e)
    c.close()


asyncio.run(uses_runner())
