# inf, nan and signed zero through math functions, comparisons, min/max, sorting.
import math
inf, nan = math.inf, math.nan
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan))
print(math.copysign(1, -0.0), math.copysign(1, 0.0), -0.0 == 0.0, str(-0.0), repr(0.0 * -1))
print(1 / inf, -1 / inf, math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.sqrt(-0.0))
print(max(1, nan), max(nan, 1), min(nan, 1), min(1, nan))
print(sorted([3.0, -inf, 1.0, inf, 0.0, -0.0]))
print(inf == inf, -inf == -inf, inf == -inf, inf - 1e308 == inf, math.exp(1000) if False else math.exp(700) < inf)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(float("nan") != float("nan"), math.isnan(inf - inf), math.isnan(inf * 0), math.isnan(0 * nan))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(inf, inf))
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
print(math.log(inf), math.exp(-inf), math.tanh(inf), math.atan(inf) == math.pi / 2)
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
print(int(-0.0), abs(-0.0), -(0.0), 0.0 + -0.0, -0.0 + -0.0, -0.0 * 5)
