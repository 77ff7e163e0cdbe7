# ** with positive, negative and zero exponents; three-argument pow; huge results.
print(2 ** 0, 2 ** 1, 2 ** 10, 2 ** 100, (-2) ** 3, (-2) ** 4, -2 ** 4, 0 ** 0, 1 ** -5)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3, type(2 ** -1).__name__)
print(len(str(3 ** 1000)), str(7 ** 200)[:20], str(7 ** 200)[-20:])
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13), pow(10**20, 10**20, 10**9 + 9))
print(pow(0, 0, 1), pow(5, 0, 1), pow(5, 0, 7), pow(123, 456, 1))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2, 0.5, 3), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print((-8) ** (1 / 3))
print(4 ** 0.5, 8 ** (1 / 3), (-1) ** 0.5)
big = 2 ** 1000
print(big.bit_length(), big % 1000, big // 2 ** 990, (big - 1).bit_count())
print(10 ** 50 // 10 ** 49, (10 ** 50) ** 2 == 10 ** 100)
print(pow(2, 100, 2**64 + 1), (1 << 200) >> 190)
