# A generator or coroutine takes its function's __name__ and __qualname__
# at creation (a rename of the function afterwards does not reach it),
# and both can be set on the generator itself.
import asyncio
import functools


def gen():
    yield 1


async def coro():
    return 2


g = gen()
print(g.__name__, g.__qualname__)
gen.__name__ = "renamed"
gen.__qualname__ = "Outer.renamed"
print(g.__name__, g.__qualname__)
g2 = gen()
print(g2.__name__, g2.__qualname__, repr(g2).split(" at ")[0])

g2.__name__ = "set_name"
print(g2.__name__, g2.__qualname__)
g2.__qualname__ = "Q.set_qualname"
print(g2.__name__, g2.__qualname__, repr(g2).split(" at ")[0])
for bad in (None, 3):
    for attr in ("__name__", "__qualname__"):
        try:
            setattr(g2, attr, bad)
        except TypeError as e:
            print(attr, e)


def wrap(fn):
    @functools.wraps(fn)
    async def wrapper():
        return await fn()
    return wrapper


wrapped = wrap(coro)
c = wrapped()
print(c.__name__, c.__qualname__)
c.__qualname__ = "never_awaited_here"
del c

c = coro()
print(asyncio.run(c), c.__name__, c.__qualname__)
