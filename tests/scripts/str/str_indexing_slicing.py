# Indexing and slicing strings, including non-ASCII text and steps.
s = "Hello, wörld! 你好 🐍"
print(len(s), s[0], s[-1], s[7], s[8], s[14], s[-4:], s[::-1])
print(s[::2], s[1::3], s[-1:-8:-2], s[100:], s[:100] == s, s[5:2], s[-100:3])
for i in [0, 5, 13, 15, 16, len(s) - 1]:
    print(i, repr(s[i]), ord(s[i]))
try:
    s[len(s)]
except IndexError as e:
    print("IndexError", e)
try:
    s[-len(s) - 1]
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError", e)
print([c for c in "añ🐍"], list(reversed("añ🐍")), "".join(sorted("dcba")))
print("abc" * 3, 3 * "ab", "x" * 0, "x" * -2, "" * 100, "ab" + "cd")
print("a" < "b", "abc" < "abd", "ab" < "abc", "Z" < "a", "é" > "z", "" < "a", "🐍" > "你")
print("abc" == "abc", s is not None, "a" in "abc", "ac" in "abc", "" in "")
print(max("hello"), min("hello"), sorted("banana"), "banana".count("a"))
text = "mississippi"
print(text[text.index("ss"):], text[:text.rindex("ss")], text[::-1].upper())
print(s.isascii(), "abc".isascii(), "".isascii())
print(str(123), str(1.5), str([1, "a"]), str(("x",)), str({"k": "v"}), str(b"raw"), str(None))
print(repr("\u00e9"), repr("\U0001F40D"), repr("\x1b[0m"), repr("a\u0300"), len("a\u0300"))
