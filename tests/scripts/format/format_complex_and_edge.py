# Format specs for complex numbers and rarely used combinations.
z = 3.5 - 2.25j
for spec in ["", ".1f", "^20.2f", "+.2e", "g", "10", "<30", ".0f", "=^25"]:
    try:
        print(repr(spec), repr(format(z, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print(format(1j, ".1f"), format(-1j, "g"), format(complex(0, -0.0), ""), format(complex(1e20, 1e-20), ".3g"))
for bad in ["=10", "010", "d", "%"]:
    try:
        format(z, bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(format(1234.5, "_^+15,.1f") if False else format(1234.5, "+015,.1f"), format(-1234.5, "015_.2f"), format(0, "0=+5"))
print(format(1e300 * 10, "015"), format(float("nan"), "+08"), format(-float("inf"), "^9"))
print(format(123, "0"), format(123, "00"), format(-123, "0010"), format(123, "0<10"), format(1.5, "0<10"))
