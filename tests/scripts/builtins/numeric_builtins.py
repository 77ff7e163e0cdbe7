# abs, divmod, pow, round, sum (with start), min/max, bin/oct/hex on mixed numbers.
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(True), abs(-10**30))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(True, 2))
print(pow(2, 8), pow(2.0, 8), pow(2, -2), pow(-8, 1/3) if False else pow(9, 0.5), pow(7, 2, 5), pow(base=3, exp=4), pow(2, 3, mod=5))
print(round(3.14159), round(3.14159, 2), round(-3.5), round(4.5), round(1234, -2), round(0.5 + 1e-9), round(2.5, None))
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(range(5), start=100))
print(sum([1, 2.5, 1j]), sum(x * x for x in range(4)), sum([True, True, False]), sum([10**20, 1, -10**20]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min(1, 1.0), max(1.0, 1), min([], default=-1))
print(bin(10), oct(10), hex(10), bin(-10), oct(-10), hex(-10), bin(0), hex(True))
print(int(), float(), complex(), bool(), int(7.9), int("7"), float("7.5"), complex(1, 2))
print(divmod(10**20, 7), pow(10, 20, 7), 10**20 % 7)
print(round(1e20), round(-1e-20), round(123.456, -1), round(123.456, 5), round(5, 0), type(round(5, 0)).__name__)
