# (hex strings are shown split at the 'x' so long digit runs stay visible)
# bin/oct/hex/format/str of ints, base conversion round trips.
for n in [0, 1, 7, 8, 255, -255, 1 << 40, -(1 << 40)]:
    print(n, bin(n), oct(n), hex(n).partition("x"), format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"))
for n in [10, 255, 4095, 65535]:
    print(format(n, "#x").partition("x"), format(n, "#o"), format(n, "#b"), format(n, "08b"), format(n, "#010x").partition("x"), int(hex(n), 16) == n)
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for base in (2, 3, 7, 16, 36):
    s = to_base(-123456789, base)
    print(base, s, int(s, base))
print(str(-0), str(12), repr(10**25), ascii(5), f"{-42}", "{}".format(7))
print(float(10**15), float(-3), complex(4), bool(0), bool(-1))
