import os, sys
def f(a, /, b=1, *c, d, e=2, **f) -> int:
    """doc"""
    x = [1, 2.5, 3j, 'a', b'b', None, True, ...]
    y = {k: v for k, v in d.items() if k}
    return x[1:2, ::3] + f"a{x!r:>{w}} {y=}"
class A(B, metaclass=M):
    @property
    async def g(self):
        async with a as b, c:
            await x
        async for i in y: pass
try:
    pass
except* E as e:
    raise X from e
else:
    pass
finally:
    del a, b[1]
while x := f(): break
if a: pass
elif b: pass
else: pass
lambda x, *y, z=1, **k: (x, y)
x = y = 0x1F + 0o17 + 0b11 + 1_000 + 1e10 + 1.5e-7
a += 1; b: int = 2
print(*args, sep='', **kw)
global q
assert x, "m"
import a.b.c as d
from ..x import (y as z, w,)
with (open(a) as f, open(b) as g): pass
