# Arithmetic mixing bool, int, float and complex, and result types.
vals = [True, 3, 2.5, 1 + 1j]
for a in vals:
    for b in vals:
        r = a + b
        print(repr(a), "+", repr(b), "=", repr(r), type(r).__name__)
print(7 / 2, 7 // 2, 7 % 2, -7 / 2, -7 // 2, -7 % 2, 7.0 // 2, 7.5 % 2)
print(2 ** 10, 2 ** -1, 2.0 ** 3, (-8) ** (1 / 3) if False else "skip", 4 ** 0.5, 0 ** 0, 0.0 ** 0)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2))
print(1 + True, 1.5 * False, 3 - 1j, (2 + 0j) ** 2, 1j ** 2, 1j * 1j)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(True + True).__name__)
print(10 * 0.1, 3 * 0.1, 0.1 * 3, 1e308 * 10, -1e308 * 10)
print(int(2.9), int(-2.9), round(2.5), round(3.5), round(-2.5), round(2.675, 2))
for op in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1 / 0.0", "1.0 // 0.0", "1.0 % 0.0",
           "divmod(1, 0)", "0 ** -1", "0.0 ** -1", "1j / 0", "(1+1j) // 1"]:
    try:
        print(op, eval(op))
    except Exception as e:
        print(op, type(e).__name__, e)
