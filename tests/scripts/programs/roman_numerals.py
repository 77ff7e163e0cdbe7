# Roman numeral conversion both ways with strict validation, plus arithmetic on numerals.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
class RomanError(ValueError):
    pass
def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise RomanError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
def from_roman(s):
    if not s:
        raise RomanError("empty numeral")
    s = s.upper()
    i, total = 0, 0
    for value, sym in VALUES:
        repeats = 0
        while s.startswith(sym, i):
            total += value
            i += len(sym)
            repeats += 1
            if repeats > (3 if len(sym) == 1 and sym in "MCXI" else 1):
                raise RomanError(f"too many {sym!r} in {s!r}")
    if i != len(s):
        raise RomanError(f"invalid numeral {s!r} (stopped at {s[i:]!r})")
    if to_roman(total) != s:
        raise RomanError(f"non-canonical numeral {s!r} (should be {to_roman(total)})")
    return total
class Roman:
    def __init__(self, value):
        self.value = from_roman(value) if isinstance(value, str) else value
        to_roman(self.value)
    def __add__(self, other):
        return Roman(self.value + Roman(other).value if not isinstance(other, Roman) else self.value + other.value)
    def __sub__(self, other):
        return Roman(self.value - other.value)
    def __mul__(self, other):
        return Roman(self.value * other.value)
    def __lt__(self, other):
        return self.value < other.value
    def __eq__(self, other):
        return isinstance(other, Roman) and self.value == other.value
    def __repr__(self):
        return f"Roman({to_roman(self.value)!r})"
    def __int__(self):
        return self.value
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f"{n:5} -> {r:12} -> {from_roman(r)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for bad in ["IIII", "VV", "IC", "MMMM", "XM", "ABC", "", "IIV", "LL", "mcmxciv"]:
    try:
        print(f"{bad!r:10} -> {from_roman(bad)}")
    except RomanError as e:
        print(f"{bad!r:10} -> RomanError: {e}")
for bad in [0, 4000, -5, 2.5, True]:
    try:
        to_roman(bad)
    except (RomanError, TypeError) as e:
        print(type(e).__name__, e)
a, b = Roman("XLII"), Roman("VII")
print(a + b, a - b, a * b, sorted([a, b, Roman(1)]), int(a), a == Roman(42), a + "III")
try:
    b - a
except RomanError as e:
    print("RomanError", e)
lengths = {}
for n in range(1, 4000):
    lengths.setdefault(len(to_roman(n)), []).append(n)
longest = max(lengths)
print(longest, [to_roman(n) for n in lengths[longest]], len(lengths[1]))
