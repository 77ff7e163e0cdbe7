# Integer functions in math: factorial, comb, perm, gcd, lcm, isqrt, prod with exactness.
import math
print([math.factorial(n) for n in range(11)])
print(math.factorial(50))
print([math.comb(6, k) for k in range(7)], math.comb(10, 11), math.comb(1000, 3))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5))
print(math.gcd(0, 0), math.gcd(-4, 6), math.gcd(17, 5), math.lcm(21, 6), math.lcm(-4, 6), math.gcd(2**200, 2**100 * 3))
print([math.isqrt(n) for n in (0, 1, 2, 3, 4, 99, 100, 101)], math.isqrt(10**50) == 10**25)
print(math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2.5, 4]), math.prod([], start=7), math.prod([3], start=2))
for bad in [lambda: math.comb(-1, 2), lambda: math.perm(5, -1), lambda: math.comb(5.0, 2), lambda: math.isqrt(2.0), lambda: math.gcd(1.5, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
