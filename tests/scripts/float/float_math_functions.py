# math functions on floats with values that print identically on every IEEE platform.
import math
print(math.sqrt(2), math.sqrt(16.0), math.pi, math.e, math.tau, math.inf)
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3))
print(math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.dist((0, 0), (3, 4)), math.copysign(2, -0.5))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1e-5), math.log1p(0), math.exp(0))
print(math.sin(0), math.cos(0), math.tan(0), math.degrees(math.pi), math.radians(180) == math.pi)
print(math.pow(2, 10), math.pow(2, -1), math.ldexp(1.5, 3), math.frexp(12.0), math.modf(3.75), math.modf(-3.75))
print(math.isqrt(99), math.gcd(48, 36), math.fsum([0.1, 0.2, 0.3]), math.prod([1.5, 2, 4]))
print(math.remainder(7, 3), math.remainder(8, 3), math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0), math.ulp(1.0))
print(math.erf(0), math.gamma(5), math.lgamma(1), math.factorial(10), math.comb(5, 2))
print(math.asin(1) == math.pi / 2, math.acos(1), math.atan(1) * 4 == math.pi, math.sinh(0), math.cosh(0))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), round(math.tan(math.pi / 4), 12))
for f, arg in [(math.log, -1), (math.acos, 2), (math.log, 0.0), (math.sqrt, -0.1), (math.gamma, 0)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, "ValueError", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError", e)
