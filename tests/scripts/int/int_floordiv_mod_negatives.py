# Floor division and modulo with every sign combination, small and huge.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 7), (-1, 7),
         (10**20, 3), (-10**20, 3), (10**20, -7), (-10**20, -7), (3, 10**20), (-3, 10**20),
         (2**64, 2**32), (-(2**64) - 1, 2**32), (12345678901234567890, 987654321)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b) == (q, r), q * b + r == a)
for a in [5, -5]:
    for b in [3, -3]:
        print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, -({a} // {b}) = {-(a // b)}")
print(-1 // 2**100, 1 // -2**100, -1 % 2**100 == 2**100 - 1)
print((-7) // 2 * 2 + (-7) % 2, 7 % -3, -7 % 3)
for a, b in [(1, 0), (0, 0), (10**30, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            r = divmod(a, b) if op == "divmod" else eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(op, a, b, "ZeroDivisionError", e)
