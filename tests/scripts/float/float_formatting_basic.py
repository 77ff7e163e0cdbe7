# str() and format() of floats in the common presentation types.
vals = [0.0, 1.0, -1.5, 3.14159265, 1e-7, 123456789.123, 1e21, 2.5e-5, 0.5, 1 / 3]
for v in vals:
    print(f"{v} | {v:f} | {v:.2f} | {v:e} | {v:.3e} | {v:g} | {v:.3g} | {v:%} | {v:.1%} | {v:10.4} | {v:+.1f}")
print(format(1234567.891, ","), format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(-0.0, ".1f"))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "g"), format(float("inf"), "F"), format(float("nan"), "E"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1e16, ".0f"))
print(format(1e16), format(1e15, ""), format(123.0, "g"), format(1e-5, "g"), format(1e-4, "g"), format(1.0, "#g"))
