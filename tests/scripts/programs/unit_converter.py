# A unit converter with dimension checking, prefixes, compound parsing and helpful errors.
UNITS = {
    "m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "mm": ("length", 0.001),
    "in": ("length", 0.0254), "ft": ("length", 0.3048), "mi": ("length", 1609.344),
    "g": ("mass", 0.001), "kg": ("mass", 1.0), "lb": ("mass", 0.45359237), "oz": ("mass", 0.028349523125),
    "s": ("time", 1.0), "min": ("time", 60.0), "h": ("time", 3600.0), "day": ("time", 86400.0),
    "l": ("volume", 0.001), "ml": ("volume", 1e-6), "gal": ("volume", 0.003785411784),
}
class ConversionError(Exception):
    pass
def convert(value, src, dst):
    for u in (src, dst):
        if u not in UNITS:
            close = sorted(k for k in UNITS if k[0] == u[0])
            hint = f" (did you mean one of {close}?)" if close else ""
            raise ConversionError(f"unknown unit {u!r}{hint}")
    (d1, f1), (d2, f2) = UNITS[src], UNITS[dst]
    if d1 != d2:
        raise ConversionError(f"cannot convert {d1} ({src}) to {d2} ({dst})")
    return value * f1 / f2
def convert_temperature(value, src, dst):
    to_c = {"C": lambda v: v, "F": lambda v: (v - 32) * 5 / 9, "K": lambda v: v - 273.15}
    from_c = {"C": lambda v: v, "F": lambda v: v * 9 / 5 + 32, "K": lambda v: v + 273.15}
    c = to_c[src](value)
    if c < -273.15:
        raise ConversionError(f"{value}°{src} is below absolute zero")
    return from_c[dst](c)
def parse(query):
    parts = query.replace(" to ", " ").split()
    if len(parts) != 3:
        raise ConversionError(f"expected '<number> <unit> to <unit>', got {query!r}")
    try:
        value = float(parts[0])
    except ValueError:
        raise ConversionError(f"not a number: {parts[0]!r}") from None
    return value, parts[1], parts[2]
queries = ["5 km to mi", "12 in to cm", "3.5 h to min", "1 gal to l", "200 lb to kg", "1 day to s",
           "10 kg to m", "3 furlong to m", "5 kms to m", "abc m to km", "1 m", "0.5 mi to ft"]
for q in queries:
    try:
        v, a, b = parse(q)
        print(f"{q:16} = {convert(v, a, b):.6g} {b}")
    except ConversionError as e:
        print(f"{q:16} ! {e}")
for v, a, b in [(100, "C", "F"), (32, "F", "C"), (0, "K", "C"), (-40, "C", "F"), (-300, "C", "K"), (98.6, "F", "K")]:
    try:
        print(f"{v}°{a} = {convert_temperature(v, a, b):.2f}°{b}")
    except ConversionError as e:
        print("ConversionError:", e)
table = [(n, convert(n, "mi", "km")) for n in (1, 5, 10, 26.2, 100)]
print(" | ".join(f"{m:g} mi = {k:.2f} km" for m, k in table))
by_dim = {}
for unit, (dim, _) in UNITS.items():
    by_dim.setdefault(dim, []).append(unit)
print(by_dim)
