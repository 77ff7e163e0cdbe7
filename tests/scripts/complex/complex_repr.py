# repr of complex numbers: signs, zeros, integral parts, infinities and nans.
vals = [0j, -0j, 1j, -1j, 2 + 0j, -2 + 0j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0),
        1.5 + 2.25j, 1e20 + 1e-20j, complex(float("inf"), 0), complex(0, float("inf")),
        complex(float("nan"), 1), complex(1, float("-inf")), 1e16j, 123456789.5j, 0.1 + 0.2j, complex(1e300, 1e300) * 10]
for v in vals:
    print(repr(v), str(v), v == complex(repr(v)) if v == v else "nan")
print(f"{1+2j}", f"{1+2j:.2f}", format(1.5 - 2j, "^20"), format(3j, ""), format(1 + 1j, "e"), format(1 + 1j, "g"))
print([1j, 2 + 3j], (0j,), {1j: "j"})
