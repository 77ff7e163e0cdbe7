# Error messages from the format-spec parser for different types.
cases = [(1, "Q"), (1.5, "Q"), ("s", "Q"), (1, ".."), (1, "1.2.3"), (1, "<<<"), (1, "99999999999999999999"),
         (1.5, ".99999999999999999999f"), ("s", "=5"), (1, ",,"), (1, "_,"), (1, ",_"), (1.5, ",d"), ("x", "+"),
         (1j, "="), (1, "#s"), (1, " s"), (1.0, "c"), (True, "s"), (None, "s"), (1, "z"), (1, "zd")]
for value, spec in cases:
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(repr(value), repr(spec), type(e).__name__, e)
