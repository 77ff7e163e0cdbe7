# format() of strings: width, precision (truncation), fill/align, and errors for numeric options.
s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^10", "-<9", ".2", "10.3", ">10.1", "^7.4s", "3", "1", ".0", "é^9"]:
    print(repr(spec), repr(format(s, spec)))
print(repr(format("", "^5")), repr(format("ab", "^5")), repr(format("ab", "^6")), repr(format("日本", "^6")))
for bad in ["d", "+", " ", "=10", "010", ",", "#", "x", ".2f", "z"]:
    try:
        format(s, bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
print(f"{'trunc':.3}|{'pad':*>6}|{'x':.0}|")
