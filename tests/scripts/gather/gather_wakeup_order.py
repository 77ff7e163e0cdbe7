# When the last child finishes, gather's result is set from that child's
# done callback; the awaiting task wakes one iteration later.
import asyncio

trace = []


async def child(name):
    await asyncio.sleep(0)
    trace.append(f"{name} returns")
    return name


async def bystander():
    for i in range(4):
        trace.append(f"bystander {i}")
        await asyncio.sleep(0)


async def main():
    b = asyncio.create_task(bystander())
    res = await asyncio.gather(child("c1"), child("c2"))
    trace.append(f"main got {res}")
    await b
    for line in trace:
        print(line)


asyncio.run(main())
