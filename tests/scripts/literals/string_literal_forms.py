# Quotes, line breaks and repr round-trips for many string literals.
cases = ["", "a", "'", '"', "'\"", "\\", "\n", "tab\t", "é", "\x00", "\x7f",
         "\u0100", "\ud800" if False else "x", "a'b\"c", "''", '""', "\r\n",
         "\u00a0nbsp", "\u3000ideographic space", "emoji \U0001F40D"]
for c in cases:
    r = repr(c)
    print(r, eval(r) == c, len(c))
print("a" "b" == "ab")
print("""a
b""" == "a\nb")
print('''x''' == "x")
long = ("this is a long string "
        "split over "
        "three lines")
print(long, len(long))
print("%s" % "percent", "{}".format("format"))
print("a\
b" == "ab")
print(str(), str(5), str(b"bytes"), str(b"x", "ascii"), str(None))
