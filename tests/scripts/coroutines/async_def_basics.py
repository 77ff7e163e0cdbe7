# Calling an async def function creates a coroutine object; nothing runs
# until it is awaited or driven.
import asyncio
import inspect

ran = []


async def add(a, b=10):
    ran.append((a, b))
    return a + b


coro = add(1)
print("type:", type(coro).__name__)
print("ran yet:", ran)
print("__name__:", coro.__name__, "__qualname__:", coro.__qualname__)
print("iscoroutine:", inspect.iscoroutine(coro), asyncio.iscoroutine(coro))
print("iscoroutinefunction:", inspect.iscoroutinefunction(add), asyncio.iscoroutinefunction(add))
print("state:", inspect.getcoroutinestate(coro))
print("cr_running:", coro.cr_running, "cr_await:", coro.cr_await)
print("cr_code name:", coro.cr_code.co_name)
print("has frame:", coro.cr_frame is not None)
print("result:", asyncio.run(coro))
print("state after:", inspect.getcoroutinestate(coro))
print("cr_frame after:", coro.cr_frame)
print("ran:", ran)


class Calc:
    async def mul(self, x):
        return x * 3

    @staticmethod
    async def neg(x):
        return -x

    @classmethod
    async def name(cls):
        return cls.__name__


async def main():
    c = Calc()
    print(await c.mul(4), await Calc.neg(5), await Calc.name())
    m = c.mul(1)
    print(Calc.mul.__qualname__, m.__qualname__)
    m.close()
    nested = [await add(i, i) for i in range(3)]
    print("await in comprehension:", nested)
    print("await in f-string:", f"{await add(2, 3)}")
    print("await as argument:", max(await add(1, 1), await add(0, 0)))
    print("conditional:", await add(1) if True else None)


asyncio.run(main())
