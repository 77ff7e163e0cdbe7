# Where await, async for, async with and async comprehensions may appear.
sources = {
    "await at module level": "await x\n",
    "await in a plain function": "def f():\n    await x\n",
    "await in a lambda": "async def f():\n    g = lambda: await x\n",
    "async for in a plain function": "def f():\n    async for i in x:\n        pass\n",
    "async with in a plain function": "def f():\n    async with x:\n        pass\n",
    "async comprehension in a plain function": "def f():\n    return [i async for i in x]\n",
    "yield from in async def": "async def f():\n    yield from x\n",
    "return value in async generator": "async def f():\n    yield 1\n    return 2\n",
    "await in an async def": "async def f():\n    await x\n",
    "await in a nested plain function": "async def f():\n    def g():\n        await x\n",
    "await in a class body inside async def": "async def f():\n    class C:\n        await x\n",
    "async for at module level": "async for i in x:\n    pass\n",
}
for label, src in sources.items():
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(f"{label}: {e.msg} (line {e.lineno})")
    else:
        print(f"{label}: compiles")
