# complex numbers: construction, arithmetic, attributes, abs, conjugate, pow.
a = 3 + 4j
b = complex(1, -2)
print(a, b, a.real, a.imag, abs(a), a.conjugate(), type(a.real).__name__)
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0, a ** -1)
print(a == complex(3, 4), a != b, a == 3 + 4.0j, complex(2) == 2, 2 == complex(2, 0), 1j * 1j == -1)
print(complex(), complex(1), complex(1.5, 2), complex("1+2j"), complex("-3.5j"), complex(" 5 "), complex("(1-1j)"))
print(complex(1j, 1j), complex(2, 1j), complex(True, False))
print(1j ** 2, (1 + 1j) ** 2, 2 ** (1j * 0), (1 + 2j) * (1 - 2j), 1 / 1j, (2 + 2j) / 2)
for bad in ["1+", "j1", "1 + 2j", "abc", "1+2jj", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print("TypeError", e)
try:
    (1 + 1j) % 2
except TypeError as e:
    print("TypeError", e)
try:
    int(1 + 1j)
except TypeError as e:
    print("TypeError", e)
try:
    float(1j)
except TypeError as e:
    print("TypeError", e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(0j ** 0, 0j ** 2, hash(1 + 0j) == hash(1), hash(0j) == 0)
print(abs(1e300 + 1e300j) if False else abs(3e200 + 4e200j), abs(-0j))
