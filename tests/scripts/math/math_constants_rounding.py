# math constants and rounding functions on ints, floats and huge values.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
for v in [2.5, -2.5, 3.0, -0.0, 1e20, 2**70, -7, 0.1]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.floor(10**30 + 0.5) if False else math.floor(10**30), math.ceil(-(10**30)))
print(math.fabs(-4), math.copysign(3, -0.0), math.fmod(-10, 3), -10 % 3, math.remainder(10, 4), math.remainder(14, 4))
print(math.modf(-2.75), math.frexp(0), math.frexp(-8.5), math.ldexp(0.75, 4), math.isclose(1.0, 1.0 + 1e-10))
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print("ValueError", e)
