# format() of floats: precision, types e/f/g/%/n, alternate form, zero padding, signs, z option.
vals = [0.0, -0.0, 1.5, -1.5, 3.14159265358979, 1e-10, 1e10, 123456.789, 2.5, 0.125, 1e16, float("inf"), float("nan"), -float("inf")]
specs = ["", ".0f", ".3f", "10.2f", "<10.2f", "^+10.1f", "010.3f", "e", ".0e", "E", "g", ".2g", "#.2g", "G", "%", ".0%",
         ",.2f", "_.3f", "+", " ", "#", "#.0f", "#.0e", ".10g", "z.1f", "n", "08.2e", "=+12.3f"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(0.000012345, ".3"), format(123456789.0, ".3"), format(1.0, ".3"), format(100.0, ".2"), format(1e100, ".5"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.5, ".0f"), format(0.05, ".1f"), format(0.15, ".1f"))
print(format(1/3, ".17f"), format(0.1, ".25f"), format(1e22, "f"), format(1e-7, ".10f"))
print(format(-0.0, "z"), format(-0.001, "z.1f"), format(-0.0, "+z.2f"), format(-1.0, "z.0f"))
for bad in ["d", "x", "c", ",,", ".f" if False else "s", "+z=s" if False else "10.2q"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
