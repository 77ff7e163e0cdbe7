# Bitwise operators on negative and huge integers (two's complement semantics).
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 2**70, -(2**70), 2**70 - 1]
for a in vals[:8]:
    print(a, ~a, a & 0xFF, a | 0x0F, a ^ -1, a << 3, a >> 1, a >> 10)
for a, b in [(-5, 3), (-5, -3), (5, -3), (-(2**70), 2**69), (2**70 - 1, -(2**35)), (-1, 2**100)]:
    print(a & b, a | b, a ^ b)
print(-1 >> 100, -(2**100) >> 99, 1 << 100, -1 << 100, 2**100 >> 200)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
print(~0, ~-1, ~2**64, ~-(2**64))
print((5).bit_length(), (-5).bit_length(), (0).bit_length(), (2**100).bit_length(), (-(2**100)).bit_length())
print((5).bit_count(), (-5).bit_count(), (2**100 - 1).bit_count(), (0).bit_count())
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, bin(~0b1010))
print(True & 1, True | 2, False ^ True, type(True ^ True).__name__)
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, bin(x).count("1"), x & -x, (x & (x - 1)) == x - 1)
