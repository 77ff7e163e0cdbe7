# format() calls type(x).__format__; object.__format__ rejects non-empty specs; None and bool.
print(format(None), format(None, ""), f"{None!s:>6}", f"{None!r:>6}")
try:
    format(None, ">6")
except TypeError as e:
    print("TypeError", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError", e)
print(format([1, 2]), format((1,), ""), format({"a": 1}))
try:
    format([1, 2], "^10")
except TypeError as e:
    print("TypeError", e)
print(format(True, "^6"), format(True, "d"), format(False, ".2f"), format(True, "#x"), f"{True!s:>6}")
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] + "f") + "°C"
        return format(self.c, spec)
t = Temp(21.5)
print(f"{t:.1C} {t:.0F} {t} {t:>8.2f}", format(t, ".3C"), "{:.1F}".format(t))
class Delegate(float):
    pass
print(format(Delegate(2.5), ".2f"), f"{Delegate(1):g}")
try:
    format(1, 5)
except TypeError as e:
    print("TypeError", e)
print(type(format(1)).__name__, format(1.0), format(1j), format("x"))
