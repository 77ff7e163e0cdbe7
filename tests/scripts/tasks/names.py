# Default task names are Task-N, counted across the whole process; names
# can be given and changed.
import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name())
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name="custom")
    t3 = asyncio.create_task(noop())
    print(t1.get_name(), t2.get_name(), t3.get_name())
    t1.set_name("renamed")
    t3.set_name(99)
    print(t1.get_name(), repr(t3.get_name()))
    t4 = asyncio.create_task(noop(), name=None)
    print(t4.get_name())
    t5 = asyncio.create_task(noop(), name=("tuple", 1))
    print(repr(t5.get_name()))
    await asyncio.gather(t1, t2, t3, t4, t5)
    g = asyncio.gather(noop(), noop())
    await g
    t6 = asyncio.create_task(noop())
    print("after gather wrapped two coroutines:", t6.get_name())
    await t6


asyncio.run(main())
asyncio.run(main())
