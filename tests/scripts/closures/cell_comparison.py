# Cells compare by their contents (an empty cell sorts first) and are unhashable.
import types
def f():
    x = 1
    y = 1
    z = 2
    return lambda: (x, y, z)
a, b, c = f().__closure__
e = types.CellType()
print(a == b, a is b, a != c, a < c, c > a, e < a, e == types.CellType(), a > e, a == 1, e <= e)
try:
    hash(a)
except TypeError as ex:
    print("TypeError", ex)
try:
    a < 1
except TypeError as ex:
    print("TypeError", ex)
