# int methods and attributes: to_bytes/from_bytes, as_integer_ratio, real/imag, conjugate.
n = 1000
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio(), n.is_integer())
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(), (0).to_bytes(3, "big"), (2**64).to_bytes(9, "big"))
print(int.from_bytes(b"\x00\xff", "big"), int.from_bytes(b"\x00\xff", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b""), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80"), int.from_bytes(b"\x80", signed=True))
for args in [(256, 1, "big"), (-1, 2, "big"), (1, 1, "middle")]:
    try:
        args[0].to_bytes(args[1], args[2])
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((-128).to_bytes(1, "big", signed=True), (127).to_bytes(1, "big", signed=True))
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print("OverflowError", e)
print(int.__name__, (5).__class__.__name__, int(), type(int()).__name__)
print((10).__add__(5), (10).__radd__(5), (10).__sub__(3), (10).__rsub__(3), (7).__truediv__(2), (7).__floordiv__(2))
print((10).__add__(1.5), (10).__eq__(10.0), (10).__lt__("a"))
print((12).__format__("x"), (12).__round__(), (15).__round__(-1), (14).__round__(-1), (25).__round__(-1))
print(abs(-10**30), -(-5), +7, (-5).__abs__(), (5).__neg__())
print(int.from_bytes((12345678901234567890).to_bytes(8, "little"), "little"))
print(sum(range(101)), max(-1, -2), min(3, 2, 10**20))
