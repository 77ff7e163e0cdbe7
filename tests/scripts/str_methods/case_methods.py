# upper/lower/title/capitalize/swapcase/casefold on ASCII text with digits and punctuation.
tests = ["hello world", "HELLO WORLD", "hElLo WoRlD", "123abc", "abc123def", "it's a dog's life",
         "snake_case_name", "UPPER-lower", "", "  spaced  ", "a", "mixed CASE and 42 numbers"]
for t in tests:
    print(repr(t), t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase(), t.casefold())
print("hello".capitalize(), "HELLO".capitalize(), "élan".capitalize(), "1st".capitalize())
print("HeLLo".lower().upper(), "x".upper().isupper(), "X1".isupper(), "x1".islower(), "X Y".istitle())
