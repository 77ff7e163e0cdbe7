# Strings are immutable values: operations return new strings; comparisons by value.
a = "hello"
b = a
a += " world"
print(a, b, a is b)
c = "".join(["hel", "lo"])
print(c == b, c == "hello")
s = "text"
t = s.upper()
print(s, t)
words = ["alpha", "beta"]
joined = "-".join(words)
words.append("gamma")
print(joined)
d = {"key": 1}
k = "".join(["k", "e", "y"])
print(d[k], k in d, hash(k) == hash("key"))
print("abc".replace("b", "B"), "abc")
x = "x" * 3
print(x, len(x), x.count("x"))
print(str("same") == "same", str("x") + "y", type(str("s")).__name__)
print(sorted(["b", "B", "a", "A", "_", "1", "é"]))
print("ABC".lower() == "abc", "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
