# Big integer arithmetic: factorials, fibonacci, multiplication and division of huge values.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(fact(500))), sum(int(d) for d in str(f100)))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
x = 3 ** 300
y = 7 ** 150
print(x * y % 10**20, x // y, x % y, (x + y) - x == y)
print((x * y) // y == x, divmod(x, y)[0] * y + divmod(x, y)[1] == x)
print(-x // y, -x % y, x // -y, x % -y)
print(10**100 + 1 - 10**100, 10**100 * 0, (-10**100) * (-10**100) == 10**200)
print(abs(-10**50), -(10**50) + 10**50, 10**50 // 10**25 == 10**25)
print(int(str(2**512)) == 2**512, hex(2**128)[2:], oct(2**64)[2:], bin(2**20)[2:])
print(2**64 - 1 == 0xFFFFFFFFFFFFFFFF, (2**64) // (2**32) == 2**32)
n = 1
for i in range(1, 40):
    n = n * 31 + i
print(n, n.bit_length())
print(sum(i * i for i in range(10**4)), 10**20 / 10**10, 10**30 / 3, 2**1000 / 2**999)
try:
    2**10000 / 1
except OverflowError as e:
    print("OverflowError", e)
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError", e)
print(2**1023 / 2**1022, (2**2000) // (2**1990), (10**400) / (10**399))
