# is* predicates over ASCII-ish strings.
tests = ["abc", "ABC", "Abc", "abc123", "123", "12.5", "-1", " ", "", "a b", "\t\n", "Hello World",
         "_name", "name_1", "1name", "class", "x²", "٣٤", "½", "ⅷ", "\x00", "tab\t"]
for t in tests:
    print(repr(t).ljust(15), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(),
          t.isspace(), t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
