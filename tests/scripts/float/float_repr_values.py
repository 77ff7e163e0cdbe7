# repr/str of floats: shortest round-tripping digits, exponent thresholds, specials.
values = [0.1, 0.2, 0.3, 1.1, 2.675, 1 / 3, 100.0, 1e15, 1e16, 1.5e16, 123456789012345.6, 1e-4, 1e-5,
          0.00001234, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 4.35, 0.1 + 0.7,
          9.999999999999999e22, 1e22, 1e23, 3.0e-7, 12345.678, 2 ** 0.5, 3.141592653589793,
          -1.5, -0.0, 1.0, 10.0, 1234567.0, 0.5 ** 20, 2.0 ** 70, 7e-10, 1e100, 0.1 * 3]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v)
print(float("inf"), float("-inf"), float("nan"), -float("nan"), float("infinity"), float("-Infinity"), float("NaN"))
print(repr(float("inf")), str(1e400), -1e400, 1e400 - 1e400)
print([1.0, 2.5, -0.0], (0.1,), {"k": 1e-7})
