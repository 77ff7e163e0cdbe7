# Float arithmetic, floor division and modulo signs, rounding errors and comparisons.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1.1 * 3, 1 - 0.9)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2, divmod(-7.5, 2))
print(5.0 // 0.1, 5.0 % 0.1, 1.0 % 0.1, -1.0 % 10, 1e-300 % 1e300, -1e-300 % 1e300)
print(2.0 ** 0.5, 2.0 ** -1, (-2.0) ** 2, (-8.0) ** 3, 0.0 ** 0.0, 10.0 ** 308, 1.5 ** 2)
try:
    10.0 ** 309
except OverflowError as e:
    print("OverflowError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2, 1e308 + 1e308)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan])
print(inf // 1, inf % 1 if False else "skip", 1 / inf, -1 / inf, 5 % inf, -5 % inf)
print(1.0 == 1, 0.5 < 1, -0.0 == 0.0, 0.1 * 10 == 1.0, sum([0.1] * 10) == 1.0)
print(round(0.1 + 0.2, 10), 3 * 0.1 == 0.3, 0.1 + 0.1 + 0.1)
print(float(7) / 2, 7 / 2.0, type(7 // 2.0).__name__, 7 // 2.0)
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "0.0 / 0.0", "0.0 ** -1", "(-1.0) ** 0.5", "inf % 1"]:
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(expr, type(e).__name__, e)
