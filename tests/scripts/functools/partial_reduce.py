# functools.partial and reduce: argument merging, attributes, initial values, errors.
from functools import partial, reduce
import operator
def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(square(5), square(base=6), cube_mod(4), two_to(10), two_to(exp=3))
print(square.func is power, square.args, square.keywords, two_to.args)
p2 = partial(square, mod=5)
print(p2(4), p2.func is power, p2.keywords)
print(partial(max, key=len)(["a", "ccc", "bb"]), list(map(partial(int, base=2), ["101", "11"])))
try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 1), reduce(lambda a, b: a + [b], "abc", []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
class Cls:
    def method(self, a, b):
        return a - b
print(partial(Cls.method, Cls(), 10)(3))
