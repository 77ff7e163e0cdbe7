# repr and str of numbers built from literals.
ints = [0, 1, -1, 255, -256, 2**31, 2**63, -2**63, 2**64 - 1, 10**30, -10**30]
for i in ints:
    print(repr(i), str(i), hex(i).split("x"), oct(i), bin(i)[:20])  # split: keeps long hex digits visible
floats = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789.0,
          1234567890123456789.0, 1e-4, 1e-5, 0.0001234, 1.5e-7, 1e22, 1e23,
          float('inf'), float('-inf'), 9007199254740993.0, 2.0**60, 0.5**30]
for f in floats:
    print(repr(f), str(f))
complexes = [0j, 1j, -1j, 1+2j, -1-2j, 1.5-0.5j, complex(0, 0), complex(-0.0, 0), complex(1, -0.0),
             complex(float('inf'), 1), 1e20j, (0.1+0.2j) * 2]
for c in complexes:
    print(repr(c))
print(-0.0 == 0.0, str(-0.0), 0.0 * -1)
