# str.format: positional, keyword, indexing, attributes, conversions, nested fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="ann", age=30))
print("{0[0]} {0[1]} {1[key]} {1[key]!r}".format([10, 20], {"key": "v"}))
class P:
    x = 5
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print("{0.x} {0} {0!r} {0!s} {0!a}".format(P()))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{0:{1}}|{0:{fill}{align}{width}}|".format("x", 5, fill="*", align="^", width=7))
print("{{}} {{{0}}} }}{{".format("in braces"))
print("{!r:>8} {!s:<5}|".format("q", 1))
print("{0:.{1}f}".format(3.14159, 2), "{:{}{}}".format(7, ">", 4))
print("{a[1]}{b.real}".format(a="xyz", b=3))
data = {"user": {"name": "bo"}}
print("{d[user][name]}".format(d=data))
print("{0[-1]}".format({"-1": "string key"}) if False else "{0[1]}".format("ab"))
print("{:,}".format(1234567), "{:_b}".format(255), "{:+d} {: d} {:-d}".format(5, 5, -5))
print(format_map := "{x}-{y}".format_map({"x": 1, "y": 2}))
class Missing(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(Missing(a="A")))
errors = ["{", "}", "{0", "{0!x}", "{:d}", "{0} {}", "{} {0}", "{1}", "{a}", "{0.missing}", "{0[5]}", "{!}", "{:%Q}"]
for fmt in errors:
    try:
        print(fmt, "->", fmt.format("s"))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
