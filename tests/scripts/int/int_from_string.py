# int(str, base): all bases, prefixes, underscores, whitespace, signs and error messages.
cases = [("42",), (" -17 ",), ("+5",), ("0",), ("-0",), ("1_000",), ("ff", 16), ("FF", 16), ("0xff", 16),
         ("0xff", 0), ("0o17", 0), ("0b101", 0), ("017", 8), ("z", 36), ("Z", 36), ("zz", 36),
         ("101", 2), ("0b_101", 0), ("10", 3), ("  12\n", 10), ("\t7 ", 0), ("1_2_3", 0), ("٣", ),
         ("12", 5), ("0", 0), ("00", 0), ("-0x10", 0)]
for c in cases:
    print(repr(c), int(*c))
bad = [("",), (" ",), ("1.5",), ("abc",), ("12", 2), ("0x", 16), ("1__0",), ("_1",), ("1_",), ("08", 0),
       ("0b2", 0), ("--1",), ("1 2",), ("ff", 10), ("10", 1), ("10", 37), ("10", -1), ("0xg", 16), ("1e5",)]
for c in bad:
    try:
        print(int(*c))
    except ValueError as e:
        print(repr(c), "ValueError", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
print(int(b"42"), int(bytearray(b"-7")), int(b"ff", 16))
print(int(3.99), int(-3.99), int(True), int(1e20), int("9" * 30))
for f in [float("inf"), float("nan")]:
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int("  -0b11  ", 0), int("0O7", 0), int("0X1F", 0), int("1" * 50, 2))
