# split/rsplit with and without separators, maxsplit, whitespace rules, splitlines.
cases = ["a b  c", "  lead and trail  ", "", "   ", "a,b,,c,", "one\ttwo\nthree\r\nfour\x0bfive\x0csix\x1cseven\x85eight\u2028nine"]
for c in cases:
    print(repr(c), c.split(), c.split(" "), c.split(","), c.rsplit(None, 1), c.split(maxsplit=1))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,c,d".split(",", 0), "a,b,c,d".split(",", -1))
print("a::b::c".split("::"), "aaa".split("a"), "abcabc".split("bc"), "x".split("x"))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "  a  b  ".rsplit(maxsplit=0))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError", e)
lines = "first\nsecond\r\nthird\rfourth\n\nlast"
print(lines.splitlines(), lines.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\x1eb\x1dc".splitlines(), "x\u2029y\x0cz".splitlines())
print("no newline".splitlines(True), "trailing\n\n".splitlines(True))
