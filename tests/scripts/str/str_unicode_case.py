# Unicode case mapping, casefold, and character classification beyond ASCII.
samples = ["straße", "ΣΊΣΥΦΟΣ", "ǅemal", "İstanbul", "ﬁnance", "MAÑANA", "ὈΔΥΣΣΕΎΣ", "ŉ", "ǰ", "Ⅻ", "ⓐⓑ"]
for s in samples:
    print(s, s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase(), len(s.upper()))
print("ß".casefold() == "ss", "Straße".casefold() == "STRASSE".casefold(), "Σ".lower(), "ΑΣ".lower())
print("hello world".title(), "they're bill's".title(), "3rd place".title(), "o'neil mc-donald".title())
print("ABC def".swapcase(), "ǅ".swapcase(), "ǅ".istitle(), "ǅ".isupper(), "ǅ".islower())
for ch in ["a", "Z", "5", "٣", "½", "²", "Ⅻ", " ", "\t", "\u00a0", "\u2003", "é", "中", "_", "-", "\n", "🐍"]:
    print(repr(ch), ch.isalpha(), ch.isdigit(), ch.isdecimal(), ch.isnumeric(), ch.isalnum(),
          ch.isspace(), ch.isupper(), ch.islower(), ch.isprintable(), ch.isidentifier())
print("".isalpha(), "".isdigit(), "".isspace(), "".islower(), "".istitle(), "".isprintable())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "hello1".islower(), "123".islower())
