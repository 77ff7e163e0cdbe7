# Conversions between float and int: truncation, exactness, large values, precision loss.
for v in [2.9, -2.9, 0.9999999999999999, 1e16 + 1, 2.0 ** 63, -(2.0 ** 63), 1e20, 123456789.987]:
    print(v, int(v), float(int(v)) == v)
for n in [2**53, 2**53 + 1, 2**53 + 2, 2**63 - 1, 10**17 + 1, -(10**22), 3**40]:
    print(n, float(n), int(float(n)) == n)
print(int(1e308) == 10**308, int(1e308) % 10**10, len(str(int(1e308))))
print(float(2**1023) == 2.0**1023, (2**1023) * 2.0 if False else 2.0**1023 * 1.5)
print((0.1).as_integer_ratio(), 3602879701896397 / 36028797018963968 == 0.1)
print(float("0.1") == 0.1, 0.1 == 1 / 10, 1 / 10 == 1e-1)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, int(x * 10), round(x * 10))
print(7 // 2.0, int(7 // 2.0), -7 // 2.0, 7 % 2.5, float(7 // 2))
