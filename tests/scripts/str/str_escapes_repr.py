# repr() of strings picks quotes and escapes exactly like CPython.
tests = ["simple", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnew\nline\rret",
         "\x00\x07\x08\x0b\x0c\x1b\x7f", "\x80\x9f", "\xa0\xa1\xff", "\u0100\u07ff\u0800\uffff",
         "\U00010000\U0010ffff", "\ud800", "\u200b\u200e\u2028", "\u0301", "e\u0301", "🐍🎉", "\ufeff",
         "\u00ad", "\u3000", "\u0378"]
for t in tests:
    print(repr(t), ascii(t), len(t), t.isprintable())
print(str("\ud800".encode("utf-8", "surrogatepass")))
