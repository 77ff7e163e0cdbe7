# Integer-heavy loops: gcd, lcm, isqrt, digit sums, collatz, using math and pure Python.
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27), math.gcd(2**100, 6**50))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(3, 5, 7))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127))
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError", e)
print(math.factorial(20), math.comb(52, 5), math.perm(10, 3), math.comb(100, 50))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError", e)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], collatz(27))
def digit_sum(n):
    return sum(map(int, str(n)))
print(digit_sum(2**1000), digit_sum(math.factorial(100)))
def euclid(a, b):
    while b:
        a, b = b, a % b
    return a
print(euclid(1071, 462), euclid(2**64, 3**40))
print(math.prod(range(1, 11)), math.prod([]), math.prod([2] * 70))
