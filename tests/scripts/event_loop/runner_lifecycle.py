# asyncio.Runner: several run() calls on one loop, get_loop(), close() twice,
# run() after close, a non-coroutine, and Runner.run() inside a running loop.
import asyncio
async def f(x):
    await asyncio.sleep(0)
    return x * 2
with asyncio.Runner() as r:
    print(r.run(f(1)))
    print(r.run(f(2)))
    loop = r.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
r2 = asyncio.Runner(debug=False)
try:
    r2.run(5)
except ValueError as e:
    print("ValueError:", e)
r2.close()
try:
    r2.run(f(1))
except RuntimeError as e:
    print("RuntimeError:", e)
r3 = asyncio.Runner()
r3.close(); r3.close()
async def nested():
    with asyncio.Runner() as r:
        pass
async def m():
    r = asyncio.Runner()
    c = f(1)
    try:
        r.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    r.close()
asyncio.run(m())
