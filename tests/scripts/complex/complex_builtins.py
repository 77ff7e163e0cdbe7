# complex values with builtins: sum, sorted by abs, pow, containers, str/format round trips.
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 4), [x * 1j for x in range(3)])
print(sorted([3 + 0j, 1 + 5j, 2 - 1j], key=abs), max([1j, -2, 1.5], key=abs))
print(pow(1j, 2), pow(2, 1j * 0), complex(3, 4).__abs__(), (1j).__class__.__name__)
print(complex(repr(1.5 - 2.5j)) == 1.5 - 2.5j, eval(repr(-1j)) == -1j, complex(str(1e-5j)))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), 1j in [1j], {1j, 1j + 0, complex(0, 1)})
print((1 + 2j).real.is_integer(), divmod(7, 2) if False else (7 + 0j) / 2, (1 + 1j) * 2.5)
z = 0j
for k in range(1, 5):
    z += 1j ** k
print(z, [1j ** k for k in range(5)])
def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
rows = []
for y in range(-4, 5):
    rows.append("".join("#" if mandel(complex(x / 10, y / 4)) == 50 else "." for x in range(-20, 6)))
print("\n".join(rows))
