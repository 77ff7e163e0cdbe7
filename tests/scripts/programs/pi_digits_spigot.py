# Computing digits of pi and e with integer-only algorithms (big ints), and checking them.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
def e_digits(n):
    scale = 10 ** (n + 10)
    total = term = scale
    k = 1
    while term:
        term //= k
        total += term
        k += 1
    return str(total)[:n]
def sqrt2_digits(n):
    from math import isqrt
    return str(isqrt(2 * 10 ** (2 * n)))[:n]
pi = pi_digits(120)
print("pi =", f"{pi[0]}." + "".join(map(str, pi[1:])))
print("e  =", e_digits(1)[0] + "." + e_digits(101)[1:])
print("√2 =", sqrt2_digits(1) + "." + sqrt2_digits(101)[1:])
counts = [pi.count(d) for d in range(10)]
print("digit counts in first 120 digits of pi:", counts, sum(counts))
s = "".join(map(str, pi))
print("first '99' at", s.find("99"), "| first '314' after start at", s.find("314", 1))
def machin_pi(digits):
    scale = 10 ** (digits + 10)
    def arctan_inv(x):
        total = term = scale // x
        x2, n, sign = x * x, 1, 1
        while term:
            term //= x2
            n += 2
            sign = -sign
            total += sign * (term // n)
        return total
    value = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(value)[:digits]
m = machin_pi(120)
print("Machin agrees with spigot:", m == s)
fact = 1
for i in range(1, 101):
    fact *= i
print("100! has", len(str(fact)), "digits, trailing zeros:", len(str(fact)) - len(str(fact).rstrip("0")))
print("2**1000 digit sum:", sum(map(int, str(2 ** 1000))))
