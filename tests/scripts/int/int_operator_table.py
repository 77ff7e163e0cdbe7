# A table of every arithmetic operator over a grid of signed small and large operands.
vals = [-7, -1, 0, 1, 3, 2**40 + 3, -(2**65)]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
       ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b), ("<", lambda a, b: a < b),
       ("==", lambda a, b: a == b), ("cmp", lambda a, b: (a > b) - (a < b))]
for name, fn in ops:
    row = []
    for a in vals:
        for b in vals:
            try:
                row.append(fn(a, b))
            except ZeroDivisionError:
                row.append("Z")
    print(name, row)
print([a ** 2 for a in vals], [a ** 3 for a in vals[:5]])
print([a >> 2 for a in vals], [a << 2 for a in vals])
