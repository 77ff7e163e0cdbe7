# %-formatting of numeric edge cases: huge ints, negative zero, inf/nan, rounding.
print("%d %d %x" % (10**30, -10**30, 2**100))
print("%f %f %f %f" % (float("inf"), float("-inf"), float("nan"), -0.0))
print("%.0f %.0f %.0f %.0f %.1f %.2f" % (0.5, 1.5, 2.5, -0.5, 0.05, 2.675))
print("%10.3e|%-12.2E|%+g|%#g|%g|%g" % (123456.789, 0.000123, 1e100, 1.0, 1e-5, 123456))
print("%s %s %s" % (1.0, 1e16, 1 / 3), "%r" % 0.1, "%.3s" % 3.14159)
print("%05s|%-05d|%+05d|% 05d|%#05x|%#05o" % ("ab", 3, 3, 3, 10, 8))
print("%c" % 0x1F40D, "%5c|" % "x", "%-3c|" % 65)
print("%i%%" % 50, "%.1f%%" % 99.95, "%d items" % len([1, 2, 3]))
class Num:
    def __index__(self):
        return 7
    def __int__(self):
        return 8
    def __float__(self):
        return 9.5
print("%d %x %o %f" % (Num(), Num(), Num(), Num()))
