# asyncio.run(): return values, exceptions, argument checking and nesting.
import asyncio
import re


def masked(text):
    # object addresses differ from run to run
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", str(text))


async def answer():
    await asyncio.sleep(0)
    return 42


async def nested():
    inner = answer()
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("nested run:", e)
    inner.close()
    return "outer finished"


async def fails():
    raise ValueError("from the coroutine")


print(asyncio.run(answer()))
print(asyncio.run(nested()))
try:
    asyncio.run(fails())
except ValueError as e:
    print("propagated:", e)
for bad in (5, answer, None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", masked(e))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)
print(asyncio.run(answer(), debug=False))
