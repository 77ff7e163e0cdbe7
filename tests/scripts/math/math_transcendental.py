# Exponentials, logarithms and trigonometry on values with exact or stable results.
import math
print(math.exp(0), math.exp(1) == math.e, math.expm1(0), math.log(1), math.log(math.e ** 2), math.log(100, 10), math.log(2 ** 100, 2))
print(math.log2(8), math.log2(2 ** 1000), math.log10(1000), math.log10(10 ** 300), math.log(10 ** 400) > 921)
print(math.sqrt(0), math.sqrt(1), math.sqrt(144), math.sqrt(2) ** 2, math.cbrt(27), math.cbrt(-8))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(0), math.acos(1), math.atan(0), math.atan2(1, 1) * 4)
print(math.degrees(math.pi / 2), math.radians(90) * 2 == math.pi, math.hypot(5, 12), math.dist([1, 1], [4, 5]))
print(round(math.sin(math.radians(30)), 10), round(math.cos(math.radians(60)), 10), round(math.tan(math.radians(45)), 10))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.pow(2, 0.5) == math.sqrt(2), math.pow(-8, 1) , math.pow(0, 0), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.exp2(10), math.erf(0), math.erfc(0), math.gamma(1), math.gamma(6), math.lgamma(2))
