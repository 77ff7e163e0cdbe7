# f-strings share the same format-spec language, including nested replacement fields.
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
print(f"{'item':<10}{'price':>8}{'qty':>5}{'total':>9}")
for name, price, qty in items:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}{price * qty:>9.2f}")
print(f"{'=' * 32}")
total = sum(p * q for _, p, q in items)
print(f"{'TOTAL':<23}{total:>9.2f}")
for w in range(3, 8, 2):
    for p in range(0, 3):
        print(f"[{3.14159:{w}.{p}f}]", end="")
    print()
fill, align = "*", "^"
print(f"[{'mid':{fill}{align}{11}}]", f"[{42:{'0'}{'>'}{6}}]", f"[{-42:{'='}{'+'}{8}}]" if False else f"[{-42:=8}]")
print(f"{12345678:,}", f"{12345678:_}", f"{0.5:.0%}", f"{1e6:.2e}", f"{15:#05x}", f"{255:08b}")
value = 7
print(f"{value!r:>5}", f"{'s'!r:^7}", f"{value:{'>' if value > 5 else '<'}5}")
print(f"{value:{value}}", f"{'x':{value}}|")
