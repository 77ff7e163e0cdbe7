# True division of ints is correctly rounded, even for huge operands.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5, 1 / -10**20)
print(10**30 / 10**15, (10**30 + 1) / 10**15, 2**60 / 3, 12345678901234567890 / 10)
print((2**53 + 1) / 1, (2**54 + 3) / 2, 10**308 / 10**300 if True else None)
print(1 / 2**1074, 1 / 2**1075, 1 / 2**1076, 3 / 2**1075)
print(10**400 // 10**399 / 1, (10**400 + 5 * 10**383) / 10**384)
try:
    10**400 / 1
except OverflowError as e:
    print("OverflowError", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(7 / 7, type(7 / 7).__name__, 6 / 3 == 2, (6 / 3).is_integer())
print(sum([1 / 10] * 10), 1 - 0.9, 0.1 * 3 / 3)
