# Managing a loop by hand: new_event_loop, run_until_complete, close.
import asyncio


async def work(x):
    await asyncio.sleep(0)
    return x * 2


loop = asyncio.new_event_loop()
print("running:", loop.is_running(), "closed:", loop.is_closed())
print(loop.run_until_complete(work(21)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future result")
print(loop.run_until_complete(fut))
t = loop.create_task(work(5))
print(loop.run_until_complete(t), t.done())


async def reenter():
    c = work(1)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("re-entering:", e)
    c.close()


loop.run_until_complete(reenter())
loop.close()
print("closed:", loop.is_closed())
c = work(3)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("after close:", e)
c.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("call_soon after close:", e)
loop.close()
print("close twice ok")

loop2 = asyncio.new_event_loop()
try:
    loop2.run_until_complete(asyncio.sleep(0, result="slept"))
    print(loop2.run_until_complete(asyncio.sleep(0, result="slept")))
finally:
    loop2.close()
