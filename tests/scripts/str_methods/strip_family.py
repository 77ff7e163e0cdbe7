# strip/lstrip/rstrip with default whitespace and explicit character sets; removeprefix/suffix.
s = " \t\n  hello world \r\n\x0b\x0c "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".strip("ab"), "hello".strip("lo"), "hello".rstrip("lo"))
print(repr("   ".strip()), repr("".strip("x")), "www.example.com".lstrip("w."), "file.txt.bak".rstrip(".bak"))
print(repr("\u3000\u00a0text\u2003".strip()), repr("\u200btext\u200b".strip()))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "TestCase".removesuffix("Case"), "a".removesuffix(""))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "".removeprefix("x"))
try:
    "x".strip(5)
except TypeError as e:
    print("TypeError", e)
print("  multiple   spaces  ".split(), " ".join("  multiple   spaces  ".split()))
