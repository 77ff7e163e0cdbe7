x = 1
x = y = z = 1
x, y = 1, 2
[x, y] = (a, b) = c
x.a = x[0] = 1
*a, b = c
(a), b = c
x += 1; x -= 1; x *= 1; x @= 1; x /= 1; x %= 1; x **= 1
x <<= 1; x >>= 1; x |= 1; x ^= 1; x &= 1; x //= 1
x: int
x: int = 1
(x): int = 1
x.a: int
x[0]: int = 2
del x
del x, y[0], z.a
del (x, y)
del [x, y],
pass
assert x
assert x, 'msg'
global a, b
nonlocal c
import a
import a.b.c
import a as b, c.d as e
from a import b
from a import (b, c)
from a import (b as c, d,)
from . import x
from .. import y
from ... import z
from .... import w
from .a.b import c
from a import *
raise
raise E
raise E from e
x = yield
x = yield 1
x = yield 1, 2
x = yield from y
print(1); print(2);
