# Every way to divide by zero and its exact message.
import math
cases = ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1 / 0.0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)",
         "0 ** -1", "0.0 ** -1", "0 ** -1.5", "(0j) ** -1", "1j / 0", "1 / 0j", "1j // 1", "10**100 / 0",
         "10**100 // 0", "(-5) % 0", "True / False", "pow(0, -2)", "pow(0.0, -2)", "pow(5, 3, 0)", "math.fmod(1, 0)",
         "math.remainder(1, 0)", "1 / (1 - 1.0)", "sum([1, 2]) / len([])", "math.log(0)", "(5).__truediv__(0)",
         "(5).__rtruediv__(0)", "(5).__floordiv__(False)"]
for expr in cases:
    try:
        r = eval(expr)
        print(f"{expr:24} -> {r!r}")
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(f"{expr:24} {type(e).__name__}: {e}")
