# round(): banker's rounding, ndigits positive and negative, exact decimal representation issues.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-2.5, 0))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(5.0, -1), round(15.0, -1))
print(round(1.23456789, 5), round(123.456, 1), round(-0.001, 2), round(1e300, 2), round(1e-300, 300))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(10**20 + 0.5), round(2.5e20, -20), round(0.1, 30), round(7.0, 400), round(7.0, -400))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
print(round(5), round(15, -1), round(25, -1), round(-25, -1), round(123456, -3), type(round(5, 2)).__name__)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.floor(2.5), math.ceil(2.0000001))
