# float(str): accepted forms and ValueError messages.
good = ["1", "1.5", "-2.5", "+3", " 4.5 ", "1e3", "1E-3", ".5", "5.", "1_000.5", "inf", "-inf", "+inf",
        "Infinity", "iNfInItY", "nan", "-nan", "NaN", "1e500", "-1e500", "1e-500", "0x1p3" if False else "12",
        "\t\n 7.25 \n", "٣.٥", "00012", "1_2.3_4e1_0"]
for g in good:
    print(repr(g), float(g))
bad = ["", " ", "abc", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "1 2", "--1", "0x10", "in f", "nan()", "1,5", "1.5f"]
for b in bad:
    try:
        float(b)
    except ValueError as e:
        print("ValueError", e)
print(float(b"1.5"), float(bytearray(b"2.5")), float(True), float(10**20), float(-0))
try:
    float(b"abc")
except ValueError as e:
    print("ValueError", e)
try:
    float(None)
except TypeError as e:
    print("TypeError", e)
try:
    float("1" * 400 + "e-400")
    print("long mantissa ok", float("1" * 400 + "e-400"))
except ValueError as e:
    print("ValueError", e)
