# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag.
for v in [0.0, 1.0, -2.5, 0.1, 1e100, 1 / 3, 2.0 ** -1074]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v)
print(float.fromhex("0x1p-1"), float.fromhex("0x1.8p1"), float.fromhex("-0x1.fffffffffffffp+1023"),
      float.fromhex("0X1P+0"), float.fromhex("  0x10  "), float.fromhex("inf"), float.fromhex("-nan"))
print(float.fromhex("0x1.0000000000000801p0"), float.fromhex("1p4"), float.fromhex("0x.8"))
for bad in ["", "0x", "0x1p", "zz", "0x1.g"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
try:
    float.fromhex("0x1p10000")
except OverflowError as e:
    print("OverflowError", e)
for special in [float("inf"), float("nan")]:
    try:
        special.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(special.is_integer(), special.hex())
print((2.5).real, (2.5).imag, (2.5).conjugate(), (-0.0).hex(), (0.0).hex())
print(float.__name__, (1.5).__class__.__name__, float(), float.__trunc__(2.7), (2.7).__floor__(), (2.2).__ceil__())
print((7.0).__mod__(2), (7.0).__rmod__(2), (3.0).__rtruediv__(1), (2.0).__pow__(3), (2.0).__rpow__(3))
