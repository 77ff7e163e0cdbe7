# Error messages from integer operations and conversions.
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 5 ** -1 % 0,
    lambda: pow(2, -1, 4), lambda: 1 << -5, lambda: 1 << 10**20, lambda: int("x"), lambda: int("12", 100),
    lambda: int([]), lambda: (5).to_bytes(0, "big"), lambda: int.from_bytes("ab", "big"),
    lambda: chr(-1), lambda: chr(0x110000), lambda: range(0, 10, 0), lambda: [1] * 10**20,
    lambda: "x" * -1, lambda: float(10**400), lambda: (10**400) * 1.0, lambda: round(10**400, 0.5),
    lambda: int("1" * 5000), lambda: math_sqrt_neg(), lambda: (2).__pow__(3, 0),
]
def math_sqrt_neg():
    import math
    return math.sqrt(-1)
for i, t in enumerate(tests):
    try:
        print(i, "ok", repr(t())[:40])
    except Exception as e:
        print(i, type(e).__name__, e)
