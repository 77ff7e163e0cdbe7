# complex(real, imag) keeps signed zeros of real arguments; complex arguments fold in.
for a in [(0, -0.0), (-0.0, 0), (-0.0, -0.0), (1, -0.0), (1j, -0.0), (1j, 2j), (-0.0,), (2+3j,), (1.5, 1j), (0j, -0.0), ("-0j",), ("1-0j",)]:
    print(a, repr(complex(*a)))
print(repr(-0j), repr(-(0j)), repr(1-0j), repr(-1-0j), repr(0j*-1))
