# math domain and range errors, and functions on inf/nan.
import math
for name, args in [("sqrt", (-1,)), ("log", (0,)), ("log", (-1,)), ("log", (10, 1)), ("log2", (0,)), ("log10", (-5,)),
                   ("acos", (2,)), ("asin", (-2,)), ("atanh", (1,)), ("acosh", (0,)), ("exp", (1000,)), ("pow", (0, -1)),
                   ("pow", (-1, 0.5)), ("gamma", (-1,)), ("fmod", (math.inf, 1)), ("ldexp", (1.0, 2000)), ("cosh", (1000,)),
                   ("sqrt", ("4",)), ("log", (None,)), ("factorial", (-2,))]:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e)
print(math.sqrt(math.inf), math.exp(-math.inf), math.log(math.inf), math.atan(math.inf) == math.pi / 2, math.isnan(math.sqrt(math.nan)))
print(math.fsum([1e100, 1, -1e100, 1]), math.fsum([0.1] * 10) == 1.0, math.fsum([]), math.fsum([math.inf, 1]))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(float("nan")), math.nextafter(0, 1), math.ulp(0.0))
print(math.trunc(-0.5), math.floor(-0.5), math.ceil(-0.5), math.copysign(0.0, -1))
