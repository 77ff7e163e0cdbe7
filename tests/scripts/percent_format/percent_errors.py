# %-formatting error messages.
cases = [("%d", "x"), ("%d", None), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%", ()), ("%(k)s", {}),
         ("%(k)s", 5), ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%x", 1.5), ("%o", "s"), ("%*d", ("a", 1)),
         ("%.*f", (1.5, 2.0)), ("%d %(a)s", {"a": 1}), ("%(a)s %d", {"a": 1}), ("%i", []), ("%f", "1.0"), ("%e", [1])]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % ("tuple", )[0], "%s" % [("a", "b")])
