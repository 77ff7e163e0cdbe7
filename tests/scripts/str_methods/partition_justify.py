# partition/rpartition, center/ljust/rjust with fill characters, zfill, expandtabs.
for s in ["key=value", "a=b=c", "novalue", "=start", "end="]:
    print(s.partition("="), s.rpartition("="))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError", e)
for w in [0, 3, 5, 10, 11]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "-")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("a".center(4, "é")))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0"]:
    print(repr(s.zfill(6)), end=" ")
print()
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("ab\tc\n12345\td".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("x\ty\r\tz".expandtabs(3)), repr("long_text\tx".expandtabs(4)))
