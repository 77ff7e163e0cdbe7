# format() of ints: fill, align, sign, #, 0, width, grouping and every integer type code.
n = 1234567
specs = ["", "d", "10", "<10", ">10", "^10", "*^11", "+", "-", " ", "+10", "=+10", "010", "+010", ",", "_", "15,", "015,",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "#_b", "c" if False else "n", "e", ".2e", "f", ".1f", "g", "%", ".2%", "E", "G"]
def shown(text):
    return text.replace("0x", "0x~")  # long hex runs would otherwise be masked as addresses
for v in [n, -n, 0, 255]:
    print(v, [shown(format(v, s)) for s in specs])
print(format(65, "c"), format(0x1F40D, "c"), format(True, "d"), format(True, ""), format(False, "5"))
print(format(-0, "+d"), shown(format(5, "#08x")), shown(format(-5, "#08x")), format(5, "-^+7"), format(42, "x<6"), format(42, "0>6"))
print(format(10**20, ","), format(-(10**20), "_d"), format(2**70, "#x").partition("x"), format(1234, "=^12,"))
print(format(12345, ",").replace(",", "."), format(1000, ",d"), format(999, ","), format(1000000, "_"))
for bad in ["s", ",b", ",c" , "+c", ".2d", "z", "=s", "_,", ",_", "x,", "#c", "<<"]:
    try:
        print(repr(bad), format(42, bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
try:
    format(2**100, "c")
except OverflowError as e:
    print("OverflowError", e)
