# A formatted text report using width, alignment, grouping and percentages together.
rows = [
    ("North", 1250000, 0.1234, -5),
    ("South", 980500.5, 0.0567, 12),
    ("East", 23000, 0.5, 0),
    ("Westernmost Region", 1e7, 1.0, -100),
]
header = f"{'Region':<12} | {'Revenue':>15} | {'Share':>7} | {'Delta':>6}"
print(header)
print("-" * len(header))
for name, rev, share, delta in rows:
    short = name if len(name) <= 12 else name[:11] + "…"
    print(f"{short:<12} | {rev:>15,.2f} | {share:>7.1%} | {delta:>+6d}")
print("-" * len(header))
total = sum(r[1] for r in rows)
print(f"{'Total':<12} | {total:>15,.2f} | {sum(r[2] for r in rows):>7.1%} | {sum(r[3] for r in rows):>+6d}")
print(f"{'bar':<5}" + "".join(f"{'#' * int(r[2] * 10):<11}" for r in rows))
print("{:>6}|{:^6}|{:<6}|".format(*"abc"), "{0:>{1}}".format("r", 4), "{:{w}.{p}f}".format(3.14159, w=8, p=3))
