# f-strings: conversions, format specs, '=', nesting.
name = "world"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"key": "value", "n": 5}
print(f"hello {name}")
print(f"{n} {n!r} {n!s} {name!r} {name!a} {'é'!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:#o}|{n:b}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {pi:%}")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:{'*'}^{width}}]")
print(f"{items[0]} {items[-1]} {d['key']} {d["n"]}")
print(f"{n + 1} {n * 2} {n // 5} {-n}")
print(f"{n=}")
print(f"{n = }")
print(f"{n=!s}")
print(f"{name=}")
print(f"{pi=:.2f}")
print(f"{n + 1 = }")
print(f"{items=}, {len(items)=}")
print(f"{{literal}} {{{n}}} }}{{")
print(f"{'nested ' + f'{n}'}")
print(f"{f'{f"{n}"}'}")
print(f"{(lambda x: x * 2)(n)}")
print(f"{'yes' if n > 10 else 'no'}")
print(f"{[x * x for x in items]}")
print(f"{ {'a': 1}['a'] }")
print(f"{n:{'>'}{10}}")
print(f"{3.5!r:>8}")
print(f"{name!r:^12}")
print(f"{n:,} {10**7:,} {10**7:_} {0xdeadbeef:_x}")
print(f"{'abc':.2}")
print(F"upper {n}")
multi = f"""
a={n}
b={name}
"""
print(multi)
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p} {p!r} {p!s} {p:abc} {p:{n}x}")
print(f"{p=}")
print(f"{None} {True} {False:>6} {True:d}")
