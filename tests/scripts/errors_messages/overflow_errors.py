# OverflowError messages: float conversion of huge ints, float operations, range lengths, shifts.
import math
cases = [
    "float(10**400)", "10**400 / 3", "math.exp(800)", "int(float('inf'))", "round(float('inf'))",
    "math.ldexp(1.0, 5000)", "1e308 * 10", "(10**400) * 1.0", "len(range(2**64))", "chr(2**40)", "math.factorial(10**20)", "(2**100).to_bytes(4, 'big')",
    "math.pow(10, 400)", "float.fromhex('0x1p99999')", "math.cosh(1000)", "(1.5).__round__(-400)",
]
for expr in cases:
    try:
        r = eval(expr)
        print(f"{expr:32} OK {r!r}"[:70])
    except Exception as e:
        print(f"{expr:32} {type(e).__name__}: {e}")
